import type { Dictionary } from './sv';

/** The site's own words in Norwegian bokmål. */
/** What a source does not say, said as such: never "no". Also the charter status of that name. */
const notMentioned = 'Ikke nevnt i kilden';

export const nb: Dictionary = {
  /** The sources: what they are, where a fact comes from, and what they do not say. */
  source: {
    notMentioned,
    factSource: 'Kilde for opplysningen',
    label: 'Kilde',
    quote: 'Sitat fra kilden',
    kinds: { 'web-page': 'Nettside', document: 'Dokument', reference: 'Bakgrunnsopplysning' },
    publisher: 'Utgiver',
    published: 'Utgitt',
    language: 'Språk',
    undated: 'Udatert',
  },
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      'Jämställdhetsportalen viser hvordan fem nordiske regioner arbeider for likestilling mellom kvinner og menn, ut fra deres egne dokumenter. Her kan du lese om arbeidet i hver region og se hvor hver opplysning kommer fra.',
  },
  shell: {
    skipLink: 'Hopp til innholdet',
    mainNav: 'Hovedmeny',
    languageNav: 'Velg språk',
    breadcrumbs: 'Du er her',
    footerNav: 'Om nettstedet',
    onThisPage: 'På denne siden',
    externalLink: '(annet nettsted)',
  },
  nav: {
    home: 'Hjem',
    compare: 'Sammenlign',
    charter: 'CEMR-erklæringen',
    municipalities: 'Kommuner',
    about: 'Om nettstedet',
  },
  footer: {
    about: 'Om nettstedet',
    accessibility: 'Tilgjengelighetserklæring',
    contactText: 'Har du funnet en feil eller har du spørsmål? Skriv til',
    sources: 'Alt innhold om regionene kommer fra regionenes egne dokumenter.',
  },
  root: {
    enter: 'Til det norske nettstedet',
  },
  home: {
    title: 'Fem nordiske regioners likestillingsarbeid',
    regionsHeading: 'Regionene',
    latestPlan: 'Siste plan',
    noPlanPeriod: 'Ingen plan med oppgitt periode i kilden',
    explore: 'Mer på nettstedet',
    compareLink: 'Sammenlign regionene side om side, tema for tema',
    charterLink: 'CEMR-erklæringen og hvilke regioner som tar opp hver artikkel',
    aboutLink: 'Om nettstedet og hvor innholdet kommer fra',
  },
  countries: {
    SE: 'Sverige',
    NO: 'Norge',
    DK: 'Danmark',
    FI: 'Finland',
    IS: 'Island',
  },
  languages: {
    sv: 'svensk',
    nb: 'norsk bokmål',
    nn: 'nynorsk',
    da: 'dansk',
    fi: 'finsk',
    is: 'islandsk',
    en: 'engelsk',
  },
  organisationTypes: {
    'county-council': 'Landsting',
    'county-municipality': 'Fylkeskommune',
    'county-administrative-board': 'Länsstyrelse (statsforvalter)',
    'municipal-association': 'Kommuneforbund',
    'inter-municipal-cooperation': 'Interkommunalt samarbeid',
  },
  organisationStatus: {
    unchanged: 'Ingen kjent endring',
    merged: (into, year) => `Slått sammen ${year}, nå ${into}`,
    renamed: (newName) => `Heter nå ${newName}`,
  },
  planKinds: {
    'action-plan': 'Handlingsplan',
    strategy: 'Strategi',
    'operational-plan': 'Virksomhetsplan',
    guideline: 'Retningslinje',
    guide: 'Veileder',
    'regional-plan': 'Regional plan',
    programme: 'Program',
  },
  planStatus: {
    'in-force': 'Gjelder',
    ended: 'Utløpt',
    upcoming: 'Har ikke trådt i kraft',
    planned: 'Planlagt ifølge kilden',
    'planned-lapsed': 'Planlagt ifølge kilden – perioden er over',
    'announced-lapsed': 'Varslet ifølge kilden – kilden sier ikke om den ble noe av',
    unknown: 'Status ukjent',
  },
  charterStatus: {
    signed: 'Undertegnet',
    decided: 'Vedtak om å undertegne',
    referenced: 'Arbeidet bygger på erklæringen',
    'not-mentioned': notMentioned,
  },
  region: {
    metaTitle: (name) => `${name}: likestillingsarbeidet`,
    metaDescription: (name, organisations) =>
      `Hvordan ${organisations} (${name}) arbeider for likestilling ifølge egne dokumenter: planer, forpliktelser, organisering og kilder.`,
    facts: 'Fakta',
    organisation: 'Organisasjon',
    country: 'Land',
    sourceLanguage: 'Kildens språk',
    charter: 'CEMR-erklæringen',
    reviewed: 'Sist gjennomgått',
    narrativeNote: (language) =>
      `Teksten bygger på kilden og beskriver situasjonen da kilden ble skrevet. Den gjengis på kildens språk (${language}).`,
    sections: {
      plans: 'Planer og strategier',
      charter: 'CEMR-erklæringen',
      commitments: 'Forpliktelser',
      narrative: 'Beskrivelse',
      organisation: 'Organisering og samarbeid',
      figures: 'Tall',
      tools: 'Oppfølging og verktøy',
      contacts: 'Kontakt',
      sources: 'Kilder',
      changes: 'Endringer på siden',
    },
    changesIntro: 'Større endringer på denne siden, den nyeste først.',
    changesFeed: 'Endringene i nyhetsstrømmen (Atom)',
    charterIntro:
      'CEMR-erklæringen er den europeiske erklæringen om likestilling mellom kvinner og menn på lokalt og regionalt nivå.',
    charterLink: 'Om erklæringen og de 30 artiklene',
    commitmentsIntro:
      'Det kilden sier at organisasjonen skal gjøre, ordnet etter tema. Hver forpliktelse viser hvilke artikler i CEMR-erklæringen den hører til, og hvilken kilde den kommer fra.',
    noTopic: 'Annet',
    articles: 'Artikler i CEMR-erklæringen',
  },
  compare: {
    title: 'Sammenlign regionene',
    description:
      'Alle regionene side om side: fakta, planer og hva hver regions kilde sier om hvert tema, med lenke til kilden.',
    intro:
      'Her står regionene side om side. Hver opplysning kommer fra regionens eget dokument og lenker til regionens side, der kilden er oppgitt. Der kilden ikke tar opp et tema, står det at det ikke er nevnt i kilden: det betyr ikke at regionen mangler slikt arbeid.',
    factsHeading: 'Fakta om regionene',
    factsCaption: 'Grunnfakta for hver region, slik regionens kilde oppgir dem.',
    factColumn: 'Opplysning',
    topicColumn: 'Tema',
    rows: {
      organisationType: 'Type organisasjon',
      country: 'Land',
      organisationStatus: 'Hva som har skjedd med organisasjonen',
      charter: 'CEMR-erklæringen',
      plans: 'Planer og perioder',
    },
    timelineHeading: 'Planenes perioder',
    timelineCaption:
      'Alle regionenes planer med oppgitte år på en tidslinje. De samme opplysningene står i tabellen over, på raden Planer og perioder.',
    matrixHeading: 'Hva kildene sier, tema for tema',
    matrixCaption: 'Regionenes forpliktelser per tema. Hver celle lenker til forpliktelsen på regionens side.',
    scrollHint: 'Tabellen kan rulles sidelengs.',
    more: (count) => `og ${count} til`,
    pairsHeading: 'Sammenlign to regioner',
    pairsIntro: 'Velg et par for å se alle forpliktelsene deres side om side.',
    pairName: (a, b) => `${a} og ${b}`,
    moreFor: (topic, region) => `om ${topic} i ${region}`,
    pairTitle: (a, b) => `${a} og ${b} side om side`,
    pairDescription: (a, b) =>
      `${a} og ${b} sammenlignet tema for tema: hva hver regions kilde sier, med lenke til kilden.`,
    pairIntro:
      'Alle forpliktelsene for de to regionene, tema for tema, på kildenes språk. Hver forpliktelse lenker til regionens side, der kilden er oppgitt.',
    reverseText: 'Denne sammenligningen finnes på',
    otherPairs: 'Andre sammenligninger',
    allRegions: 'Alle regionene side om side',
    regionComparisons: 'Sammenlign med andre regioner',
    regionCompareWith: (name) => `Sammenlign ${name} med`,
    topicsHeading: 'Temaene',
  },
  topic: {
    onRegionPage: (name) => `På siden om ${name}`,
    description: (label) => `Hva hver regions kilde sier om ${label.toLocaleLowerCase('nb')}, med sitater og kilder.`,
    articlesHeading: 'Artikler i CEMR-erklæringen',
    noArticles: 'Ingen av regionenes forpliktelser på dette temaet viser til en artikkel i erklæringen.',
  },
  cite: {
    heading: 'Siter denne siden',
    title: 'Tittel',
    publisher: 'Utgiver',
    url: 'Adresse',
    reviewed: 'Innholdet sist gjennomgått',
    accessed: 'Lest',
    accessedPlaceholder: '[datoen du leste siden]',
    /** Where the citation gives the day it was read, until the copy button fills it in. */
    accessedShort: '[dato]',
    copy: 'Kopier henvisningen',
    copied: 'Henvisningen er kopiert.',
    format: (title, publisher, url, reviewed) =>
      `${title}. ${publisher}. ${url}. Innholdet sist gjennomgått ${reviewed}.`,
  },
  data: {
    heading: 'Last ned opplysningene',
    json: 'Alle regionenes opplysninger (JSON)',
    csv: 'Alle forpliktelser, én per rad (CSV)',
    schema: 'Beskrivelse av opplysningene (JSON Schema)',
    municipalities: 'Alle kommuner og regionene som dekker dem (CSV)',
    geojson: 'Regionenes områder, for egne kart (GeoJSON)',
    licence: 'Lisens',
    updated: 'Opplysningene sist gjennomgått',
  },
  search: {
    title: 'Søk',
    description: 'Søk i regionenes planer, forpliktelser, sammenligninger og temaer.',
    label: 'Søk på nettstedet',
    placeholder: 'For eksempel Normstorm eller likelønn',
    submit: 'Søk',
    searching: 'Søker …',
    results: {
      zero: 'Ingen treff for «{query}».',
      one: '1 treff for «{query}».',
      other: '{count} treff for «{query}».',
    },
    unavailable: 'Søket kunne ikke lastes. Bruk listen over alle sider nedenfor.',
    allPages: 'Alle sider',
    allPagesIntro: 'Alle sidene på nettstedet, ordnet etter region og tema.',
    regions: 'Regionene',
    topics: 'Temaene',
    comparisons: 'Sammenligninger',
    more: 'Mer om nettstedet',
    kinds: { region: 'Region', compare: 'Sammenligning', topic: 'Tema', page: 'Side' },
  },
  charterPage: {
    title: 'CEMR-erklæringen',
    description:
      'Den europeiske erklæringen om likestilling mellom kvinner og menn på lokalt og regionalt nivå: de 30 artiklene og hvilke regioner som tar opp hver artikkel.',
    intro: [
      'Den europeiske erklæringen om likestilling mellom kvinner og menn på lokalt og regionalt nivå (CEMR-erklæringen) ble utarbeidet i 2006 av Rådet for europeiske kommuner og regioner (CEMR). Kommuner og regioner som undertegner den, forplikter seg til å lage en handlingsplan for likestilling.',
      'Erklæringen fra 2006 har 30 artikler i ni deler. I 2022 vedtok CEMR en revidert tekst med 39 artikler; underskrifter fra før 2023 gjelder fortsatt. Kildedokumentene på dette nettstedet viser til teksten fra 2006, og det er den som vises her.',
    ],
    statusHeading: 'Hva kildene sier om erklæringen',
    statusColumns: { region: 'Region', note: 'Hva kilden sier' },
    articlesHeading: 'Artiklene og regionenes forpliktelser',
    articleTitle: (number, title) => `Artikkel ${number}. ${title}`,
    addressedBy: 'Forpliktelser som hører til artikkelen',
    noCommitments: 'Ingen av regionenes forpliktelser hører til denne artikkelen.',
    translationNote:
      'De engelske titlene følger erklæringen; de svenske og norske titlene er nettstedets oversettelser.',
  },
  about: {
    title: 'Om nettstedet',
    description:
      'Hva Jämställdhetsportalen er, hvor innholdet kommer fra, hvordan temaene er valgt og hvordan du melder fra om feil.',
  },
  accessibility: {
    title: 'Tilgjengelighetserklæring',
    description: 'Hvor tilgjengelig Jämställdhetsportalen er, kjente mangler og hvordan du melder fra om problemer.',
  },
  notFound: {
    title: 'Siden finnes ikke',
    text: 'Siden du leter etter, finnes ikke her. Den kan ha blitt flyttet, eller adressen kan være feilstavet.',
    backHome: 'Gå til forsiden',
  },
  /** What became of an organisation, and the groups, partners and projects around it. */
  organisation: {
    mergedTitle: 'Organisasjonen finnes ikke lenger',
    merged: (organisation, into, when, others) =>
      `${others.length > 0 ? `${organisation} og ${others.join(' og ')} ble slått sammen til ${into}` : `${organisation} ble en del av ${into}`} ${when}. Denne siden beskriver arbeidet slik kilden beskrev det.`,
    onDate: (date) => `${date}`,
    inYear: (year) => `i ${year}`,
    renamedTitle: 'Organisasjonen har skiftet navn',
    renamed: (organisation, newName) => `${organisation} heter nå ${newName}. Denne siden bruker navnet i kilden.`,
    bodies: 'Grupper og utvalg',
    members: 'Medlemmer',
    partners: 'Partnere og nettverk',
    partnerKinds: { partner: 'Partner', network: 'Nettverk', resource: 'Informasjon og støtte' },
    projects: 'Prosjekter og opplæring',
    projectKinds: { project: 'Prosjekt', training: 'Opplæring', initiative: 'Satsing' },
  },
  /** Plans: their periods, statuses and parts, on region pages and in comparisons. */
  plans: {
    statusAsOf: (date) => `Status per ${date}.`,
    period: 'Periode',
    periodNotStated: 'står ikke i kilden',
    announcedFor: (year) => `står ikke i kilden; planen ble varslet for ${year}`,
    owner: 'Utarbeidet av',
    adoptedBy: 'Vedtatt av',
    revision: 'Om revisjon',
    replaces: 'Erstatter',
    focusAreas: 'Innsatsområder',
    goals: 'Mål',
    activities: 'Aktivitetsplan',
    activityColumns: { goal: 'Mål', activity: 'Aktivitet', when: 'Når', responsible: 'Ansvarlig' },
    timelineCaption: 'Planenes perioder på en tidslinje. De samme opplysningene står i listen over.',
    timelineToday: 'I dag',
  },
  /** Figures from a source. */
  figure: {
    asOf: (year) => `Opplysning fra ${year}`,
    outOf: (value, total) => `${value} av ${total}`,
  },
  /** Contact people as a source names them. */
  contact: {
    role: 'Rolle',
    organisation: 'Organisasjon',
    phone: 'Telefon',
    email: 'E-post',
    asOf: (year) => `Kontaktopplysninger fra ${year}. De kan ha endret seg siden.`,
  },
  /** The facts at the foot of every page: editing it and reporting an error. */
  pageFacts: {
    editPage: 'Rediger denne siden',
    reportError: 'Meld fra om en feil på denne siden',
    reportSubject: (title) => `Feil på siden ${title}`,
  },
  /** The links that copy the address of a row or a section. */
  copyLink: {
    label: 'Lenke',
    forSection: (name) => `til avsnittet om ${name}`,
    forRow: (row) => `til raden ${row}`,
    copied: 'Lenken er kopiert.',
  },
  /** The pair viewer and its chooser, for any two regions. */
  pairViewer: {
    columnTitle: (name: string) => `${name}: kolonne for sammenligningen av to regioner`,
    title: 'Sammenlign to valgfrie regioner',
    description: 'Velg to regioner og se dem side om side, tema for tema.',
    chooserFirst: 'Første region',
    chooserSecond: 'Andre region',
    chooserSubmit: 'Sammenlign',
    choose: 'Velg to ulike regioner og trykk på Sammenlign.',
    loading: 'Henter opplysningene …',
    failed: 'Opplysningene kunne ikke hentes. Prøv igjen, eller les regionenes egne sider.',
    needsScript:
      'Sammenligningen av to valgfrie regioner tegnes i nettleseren og trenger JavaScript. Uten JavaScript finnes hver region på sin egen side:',
    needsScriptPairs:
      'Sammenligningen av to valgfrie regioner tegnes i nettleseren og trenger JavaScript. Uten JavaScript finnes hvert par på sin egen side:',
    ownPage: 'Denne sammenligningen har også en egen side å lenke til og sitere:',
  },
  /** Where the regions are: the maps, a region's municipalities, and the page of every municipality. */
  places: {
    mapName: 'Kart over Sverige og Norge med regionene på nettstedet',
    mapNote:
      'Hver region på kartet er en lenke til regionens side. De samme regionene står i listen, med hva kilden sier om CEMR-erklæringen.',
    legend: 'CEMR-erklæringen ifølge kilden',
    until: (year) => `til ${year}`,
    areaName: (name, status) => `${name}, CEMR-erklæringen: ${status}`,
    credit: 'Kommunegrenser: Valmyndigheten (Sverige); © Kartverket (Norge)',
    licence: 'lisens',
    locatorName: (name) => `Kart over Sverige og Norge der ${name} er markert`,
    municipalityCount: (count) => (count === 1 ? '1 kommune' : `${count} kommuner`),
    inCounties: (municipalities, counties) => `${municipalities} i ${counties}`,
    inCountiesSince: (municipalities, year, counties) => `${municipalities}, siden ${year} i ${counties}`,
    section: 'Kommuner',
    worksFor: (place, organisations) =>
      `${organisations > 1 ? 'Organisasjonene arbeider' : 'Organisasjonen arbeider'} for ${place}:`,
    merged: (count, year, counties) =>
      `{organisation} arbeidet for ${count === 1 ? 'denne kommunen' : `disse ${count} kommunene`} fram til ${year}, da den gikk inn i {into}. Siden da har ${count === 1 ? 'den' : 'de'} hørt til ${counties}. Kartet viser området slik det var til ${year}.`,
    fromRegister:
      'Hvilke kommuner det gjelder, er en offentlig opplysning; regionens kildedokument regner dem ikke opp.',
    finderLink: 'Alle kommuner i Sverige og Norge, og hvilken region som dekker dem',
  },
  /** The page of every municipality, and which regions on the site cover it. */
  finder: {
    title: 'Kommuner',
    heading: 'Hvilken region hører kommunen din til?',
    description:
      'Alle kommuner i Sverige og Norge, og hvilken region på Jämställdhetsportalen som arbeider for hver av dem.',
    intro: (count) =>
      `Her står alle ${count} kommuner i Sverige og Norge, ordnet etter land og län eller fylke. Ved hver kommune står det hvilken region på nettstedet som arbeider for den. En kommune kan høre til flere regioner.`,
    filterLabel: 'Filtrer kommunene',
    filterHint: 'Skriv en del av kommunens navn eller nummer, for eksempel Tynset eller 3427.',
    results: {
      zero: 'Ingen kommuner samsvarer med «{query}».',
      one: '1 kommune samsvarer med «{query}».',
      other: '{count} kommuner samsvarer med «{query}».',
    },
    code: 'Nummer',
    coveredBy: 'Dekkes av',
    notCovered: 'Ingen region på nettstedet dekker kommunen ennå.',
    merged: (year) => `{organisation} (til ${year}; nå en del av {into})`,
    countyCount: (county, count) => `${county}, ${count}`,
    source:
      'Kommunene og kodene deres (SCBs kommunekoder og SSBs kommunenummer) er hentet fra kartdataene til Valmyndigheten og Kartverket.',
  },
  /** Above the list limit (lib/scale.ts): the indexes by county, and each county's part. */
  parts: {
    pairViewerLink: 'Velg to regioner og sammenlign dem',
    byCounty: 'Län og fylker',
    byCountyIntro:
      'Det er for mange regioner til at alle får plass på én side. Hvert län og fylke har en side med regionene som arbeider der.',
    regionCount: (count) => (count === 1 ? '1 region' : `${count} regioner`),
    regionsIn: (county) => `Regionene i ${county}`,
    countyCompareTitle: (county) => `Sammenlign regionene i ${county}`,
    countyCompareDescription: (county) =>
      `Regionene i ${county} side om side: fakta og planer, og lenker til hva hver regions kilde sier tema for tema.`,
    countyTopics: (county) => `Tema for tema i ${county}`,
    topicCountyTitle: (topic, county) => `${topic} i ${county}`,
    topicCountyDescription: (topic, county) =>
      `Hva kildene for regionene i ${county} sier om ${topic.toLocaleLowerCase('nb')}, med sitater og kilder.`,
    topicByCountyIntro: 'Velg et län eller fylke for å lese hva hver regions kilde der sier om temaet.',
    statusCounts: 'Antall regioner etter hva kilden deres sier:',
    articleCount: (count) =>
      count === 1
        ? '1 region har forpliktelser som hører til artikkelen.'
        : `${count} regioner har forpliktelser som hører til artikkelen.`,
    charterByCounty:
      'Hva hver regions kilde sier om erklæringen, står på raden CEMR-erklæringen på siden for länet eller fylket:',
    hubIntro:
      'Her sammenligner du regionene i ett län eller fylke om gangen, og tema for tema. Hver opplysning kommer fra regionens eget dokument og lenker til regionens side, der kilden er oppgitt.',
  },
  /** A region's texts in another language than the source's: who translated them, and what is not yet. */
  translation: {
    translatedBy: (language) => `Oversatt av Jämställdhetsportalen. Kildens egne ord er på ${language}.`,
    sourcePage: (language) => `Les siden på ${language}`,
    notTranslated: (language) => `Deler av siden er ennå ikke oversatt og står på kildens språk, ${language}.`,
    comparisonNote:
      'Tekster fra regioner som skriver på et annet språk, er oversatt av Jämställdhetsportalen. Kildens egne ord står på hver regions side på kildens språk.',
    beingUpdated: 'oversettelsen oppdateres',
    narrativeNote: (language) =>
      `Teksten bygger på kilden og beskriver situasjonen da kilden ble skrevet. Oversatt fra ${language} av Jämställdhetsportalen.`,
  },
};
