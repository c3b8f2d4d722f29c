/**
 * The site's own words in Swedish. This dictionary defines the shape every other locale must match.
 * Region content is not here: it stays in its source's language in content/regions/.
 */
import type { CharterStatus, ContentLanguage, Country, OrganisationType, PlanKind } from '../content/schema';
import type { PlanStatus } from '../dates';

/** What a source does not say, said as such: never "no". Also the charter status of that name. */
const notMentioned = 'Nämns inte i källan';

export const sv = {
  /** The sources: what they are, where a fact comes from, and what they do not say. */
  source: {
    notMentioned,
    factSource: 'Källa för uppgiften',
    label: 'Källa',
    quote: 'Citat ur källan',
    kinds: { 'web-page': 'Webbsida', document: 'Dokument', reference: 'Bakgrundsuppgift' },
    publisher: 'Utgivare',
    published: 'Utgiven',
    language: 'Språk',
    undated: 'Odaterad',
  },
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      'Jämställdhetsportalen visar hur fem nordiska regioner arbetar för jämställdhet mellan kvinnor och män, med utgångspunkt i deras egna dokument. Här kan du läsa om varje regions arbete och se varifrån varje uppgift kommer.',
  },
  shell: {
    skipLink: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    languageNav: 'Välj språk',
    breadcrumbs: 'Du är här',
    footerNav: 'Om webbplatsen',
    onThisPage: 'På den här sidan',
    externalLink: '(annan webbplats)',
  },
  nav: {
    home: 'Start',
    compare: 'Jämför',
    charter: 'CEMR-deklarationen',
    municipalities: 'Kommuner',
    about: 'Om webbplatsen',
  },
  footer: {
    about: 'Om webbplatsen',
    accessibility: 'Tillgänglighetsredogörelse',
    contactText: 'Har du hittat ett fel eller har du frågor? Skriv till',
    sources: 'Allt innehåll om regionerna kommer från regionernas egna dokument.',
  },
  root: {
    enter: 'Till den svenska webbplatsen',
  },
  home: {
    title: 'Fem nordiska regioners jämställdhetsarbete',
    regionsHeading: 'Regionerna',
    latestPlan: 'Senaste plan',
    noPlanPeriod: 'Ingen plan med angiven period i källan',
    explore: 'Mer på webbplatsen',
    compareLink: 'Jämför regionerna sida vid sida, ämne för ämne',
    charterLink: 'CEMR-deklarationen och vilka regioner som tar upp varje artikel',
    aboutLink: 'Om webbplatsen och varifrån innehållet kommer',
  },
  countries: {
    SE: 'Sverige',
    NO: 'Norge',
    DK: 'Danmark',
    FI: 'Finland',
    IS: 'Island',
  } satisfies Record<Country, string>,
  languages: {
    sv: 'svenska',
    nb: 'norska (bokmål)',
    nn: 'norska (nynorska)',
    da: 'danska',
    fi: 'finska',
    is: 'isländska',
    en: 'engelska',
  } satisfies Record<ContentLanguage, string>,
  organisationTypes: {
    'county-council': 'Landsting',
    'county-municipality': 'Fylkeskommun',
    'county-administrative-board': 'Länsstyrelse',
    'municipal-association': 'Kommunförbund',
    'inter-municipal-cooperation': 'Samarbete mellan kommuner',
  } satisfies Record<OrganisationType, string>,
  organisationStatus: {
    unchanged: 'Ingen känd förändring',
    merged: (into: string, year: number) => `Sammanslagen ${year}, nu ${into}`,
    renamed: (newName: string) => `Heter nu ${newName}`,
  },
  planKinds: {
    'action-plan': 'Handlingsplan',
    strategy: 'Strategi',
    'operational-plan': 'Verksamhetsplan',
    guideline: 'Riktlinje',
    guide: 'Vägledning',
    'regional-plan': 'Regional plan',
    programme: 'Program',
  } satisfies Record<PlanKind, string>,
  planStatus: {
    'in-force': 'Gäller',
    ended: 'Har upphört',
    upcoming: 'Har inte börjat gälla',
    planned: 'Planerad enligt källan',
    'planned-lapsed': 'Planerad enligt källan – perioden är över',
    'announced-lapsed': 'Aviserad enligt källan – källan säger inte om den blev av',
    unknown: 'Status okänd',
  } satisfies Record<PlanStatus, string>,
  charterStatus: {
    signed: 'Undertecknad',
    decided: 'Beslut om att underteckna',
    referenced: 'Arbetet utgår från deklarationen',
    'not-mentioned': notMentioned,
  } satisfies Record<CharterStatus['status'], string>,
  region: {
    metaTitle: (name: string) => `${name}: jämställdhetsarbetet`,
    metaDescription: (name: string, organisations: string) =>
      `Hur ${organisations} (${name}) arbetar för jämställdhet enligt sina egna dokument: planer, åtaganden, organisation och källor.`,
    facts: 'Fakta',
    organisation: 'Organisation',
    country: 'Land',
    sourceLanguage: 'Källans språk',
    charter: 'CEMR-deklarationen',
    reviewed: 'Senast granskad',
    narrativeNote: (language: string) =>
      `Texten bygger på källan och beskriver läget när källan skrevs. Den återges på källans språk (${language}).`,
    sections: {
      plans: 'Planer och strategier',
      charter: 'CEMR-deklarationen',
      commitments: 'Åtaganden',
      narrative: 'Beskrivning',
      organisation: 'Organisation och samverkan',
      figures: 'Siffror',
      tools: 'Uppföljning och verktyg',
      contacts: 'Kontakt',
      sources: 'Källor',
      changes: 'Ändringar av sidan',
    },
    changesIntro: 'Större ändringar av den här sidan, den senaste först.',
    changesFeed: 'Ändringarna i nyhetsflödet (Atom)',
    charterIntro:
      'CEMR-deklarationen är den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå.',
    charterLink: 'Om deklarationen och dess 30 artiklar',
    commitmentsIntro:
      'Det som källan säger att organisationen ska göra, ordnat efter ämne. Varje åtagande anger vilka artiklar i CEMR-deklarationen det hör till och vilken källa det kommer från.',
    noTopic: 'Övrigt',
    articles: 'Artiklar i CEMR-deklarationen',
  },
  compare: {
    title: 'Jämför regionerna',
    description:
      'Alla regioner sida vid sida: fakta, planer och vad varje regions källa säger om varje ämne, med länk till källan.',
    intro:
      'Här står regionerna sida vid sida. Varje uppgift kommer från regionens eget dokument och länkar till regionens sida, där källan anges. Där källan inte tar upp ett ämne står det att det inte nämns i källan: det betyder inte att regionen saknar sådant arbete.',
    factsHeading: 'Fakta om regionerna',
    factsCaption: 'Grundfakta för varje region, som regionens källa anger dem.',
    factColumn: 'Uppgift',
    topicColumn: 'Ämne',
    rows: {
      organisationType: 'Typ av organisation',
      country: 'Land',
      organisationStatus: 'Vad som hänt med organisationen',
      charter: 'CEMR-deklarationen',
      plans: 'Planer och perioder',
    },
    timelineHeading: 'Planernas perioder',
    timelineCaption:
      'Alla regioners planer med angivna år på en tidslinje. Samma uppgifter står i tabellen ovan, på raden Planer och perioder.',
    matrixHeading: 'Vad källorna säger, ämne för ämne',
    matrixCaption: 'Regionernas åtaganden per ämne. Varje cell länkar till åtagandet på regionens sida.',
    scrollHint: 'Tabellen går att rulla i sidled.',
    more: (count: number) => `och ${count} till`,
    pairsHeading: 'Jämför två regioner',
    pairsIntro: 'Välj ett par för att se alla deras åtaganden sida vid sida.',
    pairName: (a: string, b: string) => `${a} och ${b}`,
    moreFor: (topic: string, region: string) => `om ${topic} i ${region}`,
    pairTitle: (a: string, b: string) => `${a} och ${b} sida vid sida`,
    pairDescription: (a: string, b: string) =>
      `${a} och ${b} jämförda ämne för ämne: vad varje regions källa säger, med länk till källan.`,
    pairIntro:
      'Alla åtaganden för de två regionerna, ämne för ämne, på källornas språk. Varje åtagande länkar till regionens sida, där källan anges.',
    reverseText: 'Den här jämförelsen finns på',
    otherPairs: 'Andra jämförelser',
    allRegions: 'Alla regioner sida vid sida',
    regionComparisons: 'Jämför med andra regioner',
    regionCompareWith: (name: string) => `Jämför ${name} med`,
    topicsHeading: 'Ämnena',
  },
  topic: {
    onRegionPage: (name: string) => `På sidan om ${name}`,
    description: (label: string) =>
      `Vad varje regions källa säger om ${label.toLocaleLowerCase('sv')}, med citat och källor.`,
    articlesHeading: 'Artiklar i CEMR-deklarationen',
    noArticles: 'Inget av regionernas åtaganden på det här ämnet hänvisar till en artikel i deklarationen.',
  },
  cite: {
    heading: 'Citera den här sidan',
    title: 'Titel',
    publisher: 'Utgivare',
    url: 'Adress',
    reviewed: 'Innehållet senast granskat',
    accessed: 'Hämtad',
    accessedPlaceholder: '[datum då du läste sidan]',
    /** Where the citation gives the day it was read, until the copy button fills it in. */
    accessedShort: '[datum]',
    copy: 'Kopiera hänvisningen',
    copied: 'Hänvisningen är kopierad.',
    format: (title: string, publisher: string, url: string, reviewed: string) =>
      `${title}. ${publisher}. ${url}. Innehållet senast granskat ${reviewed}.`,
  },
  data: {
    heading: 'Ladda ner uppgifterna',
    json: 'Alla regioners uppgifter (JSON)',
    csv: 'Alla åtaganden, ett per rad (CSV)',
    schema: 'Beskrivning av uppgifterna (JSON Schema)',
    municipalities: 'Alla kommuner och regionerna som täcker dem (CSV)',
    geojson: 'Regionernas områden, för egna kartor (GeoJSON)',
    licence: 'Licens',
    updated: 'Uppgifterna senast granskade',
  },
  search: {
    title: 'Sök',
    description: 'Sök bland regionernas planer, åtaganden, jämförelser och ämnen.',
    label: 'Sök på webbplatsen',
    placeholder: 'Till exempel Normstorm eller lika lön',
    submit: 'Sök',
    searching: 'Söker …',
    results: {
      zero: 'Inga träffar för ”{query}”.',
      one: '1 träff för ”{query}”.',
      other: '{count} träffar för ”{query}”.',
    },
    unavailable: 'Sökningen kunde inte laddas. Använd listan över alla sidor nedan.',
    allPages: 'Alla sidor',
    allPagesIntro: 'Alla sidor på webbplatsen, ordnade efter region och ämne.',
    regions: 'Regionerna',
    topics: 'Ämnena',
    comparisons: 'Jämförelser',
    more: 'Mer om webbplatsen',
    kinds: { region: 'Region', compare: 'Jämförelse', topic: 'Ämne', page: 'Sida' },
  },
  charterPage: {
    title: 'CEMR-deklarationen',
    description:
      'Den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå: dess 30 artiklar och vilka regioner som tar upp varje artikel.',
    intro: [
      'Den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå (CEMR-deklarationen) togs fram 2006 av Rådet för Europas kommuner och regioner (CEMR). Kommuner och regioner som undertecknar den åtar sig att ta fram en handlingsplan för jämställdhet.',
      'Deklarationen från 2006 har 30 artiklar i nio delar. CEMR antog 2022 en reviderad text med 39 artiklar; underskrifter från före 2023 gäller fortfarande. Källdokumenten på den här webbplatsen hänvisar till texten från 2006, och det är den som visas här.',
    ],
    statusHeading: 'Vad källorna säger om deklarationen',
    statusColumns: { region: 'Region', note: 'Vad källan säger' },
    articlesHeading: 'Artiklarna och regionernas åtaganden',
    articleTitle: (number: number, title: string) => `Artikel ${number}. ${title}`,
    addressedBy: 'Åtaganden som hör till artikeln',
    noCommitments: 'Inga av regionernas åtaganden hör till den här artikeln.',
    translationNote:
      'De engelska titlarna följer deklarationen; de svenska och norska titlarna är webbplatsens översättningar.',
  },
  about: {
    title: 'Om webbplatsen',
    description:
      'Vad Jämställdhetsportalen är, varifrån innehållet kommer, hur ämnena valts och hur du rapporterar fel.',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    description: 'Hur tillgänglig Jämställdhetsportalen är, kända brister och hur du rapporterar problem.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Sidan du söker finns inte här. Den kan ha flyttats, eller så är adressen felstavad.',
    backHome: 'Gå till startsidan',
  },
  /** What became of an organisation, and the groups, partners and projects around it. */
  organisation: {
    mergedTitle: 'Organisationen finns inte längre',
    merged: (organisation: string, into: string, when: string, others: string[]) =>
      `${others.length > 0 ? `${organisation} och ${others.join(' och ')} slogs samman till ${into}` : `${organisation} gick upp i ${into}`} ${when}. Den här sidan beskriver arbetet så som källan beskrev det.`,
    onDate: (date: string) => `den ${date}`,
    inYear: (year: number) => `år ${year}`,
    renamedTitle: 'Organisationen har bytt namn',
    renamed: (organisation: string, newName: string) =>
      `${organisation} heter nu ${newName}. Den här sidan använder namnet i källan.`,
    bodies: 'Grupper och utskott',
    members: 'Medlemmar',
    partners: 'Partner och nätverk',
    partnerKinds: { partner: 'Partner', network: 'Nätverk', resource: 'Information och stöd' },
    projects: 'Projekt och utbildningar',
    projectKinds: { project: 'Projekt', training: 'Utbildning', initiative: 'Satsning' },
  },
  /** Plans: their periods, statuses and parts, on region pages and in comparisons. */
  plans: {
    statusAsOf: (date: string) => `Status den ${date}.`,
    period: 'Period',
    periodNotStated: 'anges inte i källan',
    announcedFor: (year: number) => `anges inte i källan; planen aviserades för ${year}`,
    owner: 'Framtagen av',
    adoptedBy: 'Antagen av',
    revision: 'Om revidering',
    replaces: 'Ersätter',
    focusAreas: 'Insatsområden',
    goals: 'Mål',
    activities: 'Aktivitetsplan',
    activityColumns: { goal: 'Mål', activity: 'Aktivitet', when: 'När', responsible: 'Ansvarig' },
    timelineCaption: 'Planernas perioder på en tidslinje. Samma uppgifter står i listan ovan.',
    timelineToday: 'Idag',
  },
  /** Figures from a source. */
  figure: {
    asOf: (year: number) => `Uppgift från ${year}`,
    outOf: (value: string, total: string) => `${value} av ${total}`,
  },
  /** Contact people as a source names them. */
  contact: {
    role: 'Roll',
    organisation: 'Organisation',
    phone: 'Telefon',
    email: 'E-post',
    asOf: (year: number) => `Kontaktuppgifter från ${year}. De kan ha ändrats sedan dess.`,
  },
  /** The facts at the foot of every page: editing it and reporting an error. */
  pageFacts: {
    editPage: 'Redigera den här sidan',
    reportError: 'Rapportera ett fel på den här sidan',
    reportSubject: (title: string) => `Fel på sidan ${title}`,
  },
  /** The links that copy the address of a row or a section. */
  copyLink: {
    label: 'Länk',
    forSection: (name: string) => `till avsnittet om ${name}`,
    forRow: (row: string) => `till raden ${row}`,
    copied: 'Länken är kopierad.',
  },
  /** The pair viewer and its chooser, for any two regions. */
  pairViewer: {
    columnTitle: (name: string) => `${name}: kolumn för jämförelsen av två regioner`,
    title: 'Jämför två valfria regioner',
    description: 'Välj två regioner och se dem sida vid sida, ämne för ämne.',
    chooserFirst: 'Första regionen',
    chooserSecond: 'Andra regionen',
    chooserSubmit: 'Jämför',
    choose: 'Välj två olika regioner och tryck på Jämför.',
    loading: 'Hämtar uppgifterna …',
    failed: 'Uppgifterna kunde inte hämtas. Försök igen, eller läs regionernas egna sidor.',
    needsScript:
      'Jämförelsen av två valfria regioner ritas i webbläsaren och behöver JavaScript. Utan JavaScript finns varje region på sin egen sida:',
    needsScriptPairs:
      'Jämförelsen av två valfria regioner ritas i webbläsaren och behöver JavaScript. Utan JavaScript finns varje par på sin egen sida:',
    ownPage: 'Den här jämförelsen har också en egen sida att länka till och citera:',
  },
  /** Where the regions are: the maps, a region's municipalities, and the page of every municipality. */
  places: {
    mapName: 'Karta över Sverige och Norge med regionerna på webbplatsen',
    mapNote:
      'Varje region på kartan är en länk till regionens sida. Samma regioner står i listan, med vad källan säger om CEMR-deklarationen.',
    legend: 'CEMR-deklarationen enligt källan',
    until: (year: number) => `till ${year}`,
    areaName: (name: string, status: string) => `${name}, CEMR-deklarationen: ${status}`,
    credit: 'Kommungränser: Valmyndigheten (Sverige); © Kartverket (Norge)',
    licence: 'licens',
    locatorName: (name: string) => `Karta över Sverige och Norge där ${name} är markerad`,
    municipalityCount: (count: number) => (count === 1 ? '1 kommun' : `${count} kommuner`),
    inCounties: (municipalities: string, counties: string) => `${municipalities} i ${counties}`,
    inCountiesSince: (municipalities: string, year: number, counties: string) =>
      `${municipalities}, sedan ${year} i ${counties}`,
    section: 'Kommuner',
    worksFor: (place: string, organisations: number) =>
      `${organisations > 1 ? 'Organisationerna arbetar' : 'Organisationen arbetar'} för ${place}:`,
    /** {organisation} and {into} are names, put in with their language. */
    merged: (count: number, year: number, counties: string) =>
      `{organisation} arbetade för ${count === 1 ? 'den här kommunen' : `de här ${count} kommunerna`} fram till ${year}, då den gick upp i {into}. Sedan dess hör ${count === 1 ? 'den' : 'de'} till ${counties}. Kartan visar området så som det var till ${year}.`,
    fromRegister: 'Vilka kommuner det gäller är en offentlig uppgift; regionens källdokument räknar inte upp dem.',
    finderLink: 'Alla kommuner i Sverige och Norge, och vilken region som täcker dem',
  },
  /** The page of every municipality, and which regions on the site cover it. */
  finder: {
    title: 'Kommuner',
    heading: 'Vilken region hör din kommun till?',
    description:
      'Alla kommuner i Sverige och Norge, och vilken region på Jämställdhetsportalen som arbetar för var och en.',
    intro: (count: number) =>
      `Här står alla ${count} kommuner i Sverige och Norge, ordnade efter land och län eller fylke. Vid varje kommun står vilken region på webbplatsen som arbetar för den. En kommun kan höra till flera regioner.`,
    filterLabel: 'Filtrera kommunerna',
    filterHint: 'Skriv en del av kommunens namn eller kod, till exempel Bjurholm eller 2403.',
    results: {
      zero: 'Ingen kommun passar ”{query}”.',
      one: '1 kommun passar ”{query}”.',
      other: '{count} kommuner passar ”{query}”.',
    },
    code: 'Kod',
    coveredBy: 'Täcks av',
    notCovered: 'Ingen region på webbplatsen täcker kommunen ännu.',
    /** {organisation} and {into} are names, put in with their language. */
    merged: (year: number) => `{organisation} (till ${year}; nu en del av {into})`,
    countyCount: (county: string, count: string) => `${county}, ${count}`,
    source:
      'Kommunerna och deras koder (SCB:s kommunkoder och SSB:s kommunnummer) kommer ur kartdata från Valmyndigheten och Kartverket.',
  },
  /** Above the list limit (lib/scale.ts): the indexes by county, and each county's part. */
  parts: {
    pairViewerLink: 'Välj två valfria regioner och jämför dem',
    byCounty: 'Län och fylken',
    byCountyIntro:
      'Regionerna är för många för att få plats på en sida. Varje län och fylke har en sida med de regioner som arbetar där.',
    regionCount: (count: number) => (count === 1 ? '1 region' : `${count} regioner`),
    regionsIn: (county: string) => `Regionerna i ${county}`,
    countyCompareTitle: (county: string) => `Jämför regionerna i ${county}`,
    countyCompareDescription: (county: string) =>
      `Regionerna i ${county} sida vid sida: fakta och planer, och länkar till vad varje regions källa säger ämne för ämne.`,
    countyTopics: (county: string) => `Ämne för ämne i ${county}`,
    topicCountyTitle: (topic: string, county: string) => `${topic} i ${county}`,
    topicCountyDescription: (topic: string, county: string) =>
      `Vad källorna för regionerna i ${county} säger om ${topic.toLocaleLowerCase('sv')}, med citat och källor.`,
    topicByCountyIntro: 'Välj ett län eller fylke för att läsa vad varje regions källa där säger om ämnet.',
    statusCounts: 'Antal regioner efter vad deras källa säger:',
    articleCount: (count: number) =>
      count === 1
        ? '1 region har åtaganden som hör till artikeln.'
        : `${count} regioner har åtaganden som hör till artikeln.`,
    charterByCounty:
      'Vad varje regions källa säger om deklarationen står på raden CEMR-deklarationen på sidan för dess län eller fylke:',
    hubIntro:
      'Här jämför du regionerna i ett län eller fylke i taget, och ämne för ämne. Varje uppgift kommer från regionens eget dokument och länkar till regionens sida, där källan anges.',
  },
  /** A region's texts in another language than the source's: who translated them, and what is not yet. */
  translation: {
    translatedBy: (language: string) => `Översatt av Jämställdhetsportalen. Källans egna ord är på ${language}.`,
    sourcePage: (language: string) => `Läs sidan på ${language}`,
    notTranslated: (language: string) =>
      `Delar av sidan är ännu inte översatta och står på källans språk, ${language}.`,
    comparisonNote:
      'Texter från regioner som skriver på ett annat språk är översatta av Jämställdhetsportalen. Källans egna ord står på varje regions sida på källans språk.',
    beingUpdated: 'översättningen uppdateras',
    narrativeNote: (language: string) =>
      `Texten bygger på källan och beskriver läget när källan skrevs. Översatt från ${language} av Jämställdhetsportalen.`,
  },
};

export type Dictionary = typeof sv;
