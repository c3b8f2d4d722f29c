/**
 * The site's own words in Swedish. This dictionary defines the shape every other locale must match.
 * Region content is not here: it stays in its source's language in content/regions/.
 */
import type { CharterStatus, ContentLanguage, Country, OrganisationType, PlanKind } from '../content/schema';
import type { PlanStatus } from '../dates';

export const sv = {
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
    charter: 'CEMR-deklarationen',
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
    unknown: 'Status okänd',
  } satisfies Record<PlanStatus, string>,
  charterStatus: {
    signed: 'Undertecknad',
    decided: 'Beslut om att underteckna',
    referenced: 'Arbetet utgår från deklarationen',
    'not-mentioned': 'Nämns inte i källan',
  } satisfies Record<CharterStatus['status'], string>,
  region: {
    metaTitle: (name: string) => `${name}: jämställdhetsarbetet`,
    metaDescription: (name: string, organisations: string) =>
      `Hur ${organisations} (${name}) arbetar för jämställdhet enligt sina egna dokument: planer, åtaganden, organisation och källor.`,
    facts: 'Fakta',
    organisation: 'Organisation',
    organisationType: 'Typ av organisation',
    country: 'Land',
    sourceLanguage: 'Källans språk',
    charter: 'CEMR-deklarationen',
    reviewed: 'Senast granskad',
    narrativeNote: (language: string) =>
      `Texten bygger på källan och beskriver läget när källan skrevs. Den återges på källans språk (${language}).`,
    mergedTitle: 'Organisationen finns inte längre',
    merged: (organisation: string, into: string, when: string, others: string[]) =>
      `${others.length > 0 ? `${organisation} och ${others.join(' och ')} slogs samman till ${into}` : `${organisation} gick upp i ${into}`} ${when}. Den här sidan beskriver arbetet så som källan beskrev det.`,
    onDate: (date: string) => `den ${date}`,
    inYear: (year: number) => `år ${year}`,
    renamedTitle: 'Organisationen har bytt namn',
    renamed: (organisation: string, newName: string) =>
      `${organisation} heter nu ${newName}. Den här sidan använder namnet i källan.`,
    factSource: 'Källa för uppgiften',
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
    },
    notMentioned: 'Nämns inte i källan.',
    statusAsOf: (date: string) => `Status den ${date}.`,
    period: 'Period',
    periodNotStated: 'anges inte i källan',
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
    charterIntro:
      'CEMR-deklarationen är den europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå.',
    charterLink: 'Om deklarationen och dess 30 artiklar',
    commitmentsIntro:
      'Det som källan säger att organisationen ska göra, ordnat efter ämne. Varje åtagande anger vilka artiklar i CEMR-deklarationen det hör till och vilken källa det kommer från.',
    noTopic: 'Övrigt',
    articles: 'Artiklar i CEMR-deklarationen',
    articleShort: (number: number) => `artikel ${number}`,
    source: 'Källa',
    quote: 'Citat ur källan',
    bodies: 'Grupper och utskott',
    members: 'Medlemmar',
    partners: 'Partner och nätverk',
    partnerKinds: { partner: 'Partner', network: 'Nätverk', resource: 'Information och stöd' },
    projects: 'Projekt och utbildningar',
    projectKinds: { project: 'Projekt', training: 'Utbildning', initiative: 'Satsning' },
    asOf: (year: number) => `Uppgift från ${year}`,
    outOf: (value: string, total: string) => `${value} av ${total}`,
    contactRole: 'Roll',
    contactOrganisation: 'Organisation',
    phone: 'Telefon',
    email: 'E-post',
    contactAsOf: (year: number) => `Kontaktuppgifter från ${year}. De kan ha ändrats sedan dess.`,
    sourceKinds: { 'web-page': 'Webbsida', document: 'Dokument', reference: 'Bakgrundsuppgift' },
    publisher: 'Utgivare',
    published: 'Utgiven',
    sourceLanguageShort: 'Språk',
    undated: 'Odaterad',
    editPage: 'Redigera den här sidan',
    reportError: 'Rapportera ett fel på den här sidan',
    reportSubject: (title: string) => `Fel på sidan ${title}`,
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
    statusColumns: { region: 'Region', status: 'Status', note: 'Vad källan säger' },
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
};

export type Dictionary = typeof sv;
