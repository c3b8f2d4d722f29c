import type { Dictionary } from './sv';

/** The site's own words in English. */
/** What a source does not say, said as such: never "no". Also the charter status of that name. */
const notMentioned = 'Not mentioned in the source';

export const en: Dictionary = {
  /** The sources: what they are, where a fact comes from, and what they do not say. */
  source: {
    notMentioned,
    factSource: 'Source of this fact',
    label: 'Source',
    quote: 'Quoted from the source',
    kinds: { 'web-page': 'Web page', document: 'Document', reference: 'Background fact' },
    publisher: 'Publisher',
    published: 'Published',
    language: 'Language',
    undated: 'Undated',
  },
  site: {
    name: 'Jämställdhetsportalen',
    intro:
      "Jämställdhetsportalen shows how five Nordic regions work for equality between women and men, based on their own documents. Here you can read about each region's work and see where every statement comes from.",
  },
  shell: {
    skipLink: 'Skip to content',
    mainNav: 'Main menu',
    languageNav: 'Choose language',
    breadcrumbs: 'You are here',
    footerNav: 'About the site',
    onThisPage: 'On this page',
    externalLink: '(another website)',
  },
  nav: {
    home: 'Home',
    compare: 'Compare',
    charter: 'The CEMR charter',
    municipalities: 'Municipalities',
    about: 'About',
  },
  footer: {
    about: 'About the site',
    accessibility: 'Accessibility statement',
    contactText: 'Found an error, or have a question? Write to',
    sources: "Everything about the regions comes from the regions' own documents.",
  },
  root: {
    enter: 'To the English site',
  },
  home: {
    title: 'How five Nordic regions work for gender equality',
    regionsHeading: 'The regions',
    latestPlan: 'Latest plan',
    noPlanPeriod: 'No plan with a stated period in the source',
    explore: 'More on the site',
    compareLink: 'Compare the regions side by side, topic by topic',
    charterLink: 'The CEMR charter, and which regions address each article',
    aboutLink: 'About the site and where its content comes from',
  },
  countries: {
    SE: 'Sweden',
    NO: 'Norway',
    DK: 'Denmark',
    FI: 'Finland',
    IS: 'Iceland',
  },
  languages: {
    sv: 'Swedish',
    nb: 'Norwegian (bokmål)',
    nn: 'Norwegian (nynorsk)',
    da: 'Danish',
    fi: 'Finnish',
    is: 'Icelandic',
    en: 'English',
  },
  organisationTypes: {
    'county-council': 'County council',
    'county-municipality': 'County municipality (fylkeskommune)',
    'county-administrative-board': 'County administrative board',
    'municipal-association': 'Association of municipalities',
    'inter-municipal-cooperation': 'Inter-municipal cooperation',
  },
  organisationStatus: {
    unchanged: 'No known change',
    merged: (into, year) => `Merged in ${year}, now ${into}`,
    renamed: (newName) => `Now called ${newName}`,
  },
  planKinds: {
    'action-plan': 'Action plan',
    strategy: 'Strategy',
    'operational-plan': 'Operational plan',
    guideline: 'Guideline',
    guide: 'Guide',
    'regional-plan': 'Regional plan',
    programme: 'Programme',
  },
  planStatus: {
    'in-force': 'In force',
    ended: 'Ended',
    upcoming: 'Not yet in force',
    planned: 'Planned, according to the source',
    'planned-lapsed': 'Planned, according to the source – its period is over',
    'announced-lapsed': 'Announced in the source – the source does not say whether it came about',
    unknown: 'Status unknown',
  },
  charterStatus: {
    signed: 'Signed',
    decided: 'Decided to sign',
    referenced: 'Work based on the charter',
    'not-mentioned': notMentioned,
  },
  region: {
    metaTitle: (name) => `${name}: work for gender equality`,
    metaDescription: (name, organisations) =>
      `How ${organisations} (${name}) works for gender equality according to its own documents: plans, commitments, organisation and sources.`,
    facts: 'Facts',
    organisation: 'Organisation',
    country: 'Country',
    sourceLanguage: 'Language of the source',
    charter: 'CEMR charter',
    reviewed: 'Last reviewed',
    narrativeNote: (language) =>
      `This text is based on the source and describes the situation when the source was written. It is given in the language of the source (${language}).`,
    sections: {
      plans: 'Plans and strategies',
      charter: 'The CEMR charter',
      commitments: 'Commitments',
      narrative: 'Description',
      organisation: 'Organisation and partners',
      figures: 'Figures',
      tools: 'Follow-up and tools',
      contacts: 'Contact',
      sources: 'Sources',
      changes: 'Changes to this page',
    },
    changesIntro: 'Larger changes to this page, the latest first.',
    changesFeed: 'The changes in the news feed (Atom)',
    charterIntro: 'The CEMR charter is the European Charter for Equality of Women and Men in Local Life.',
    charterLink: 'About the charter and its 30 articles',
    commitmentsIntro:
      'What the source says the organisation will do, by topic. Each commitment shows which articles of the CEMR charter it serves and which source it comes from.',
    noTopic: 'Other',
    articles: 'Articles of the CEMR charter',
  },
  compare: {
    title: 'Compare the regions',
    description:
      "All the regions side by side: facts, plans and what each region's source says on each topic, linked to the source.",
    intro:
      "The regions side by side. Every statement comes from the region's own document and links to the region's page, where its source is named. Where a source does not cover a topic, the site says it is not mentioned in the source: that does not mean the region does no such work.",
    factsHeading: 'Facts about the regions',
    factsCaption: 'Basic facts for each region, as its source gives them.',
    factColumn: 'Fact',
    topicColumn: 'Topic',
    rows: {
      organisationType: 'Type of organisation',
      country: 'Country',
      organisationStatus: 'What became of the organisation',
      charter: 'CEMR charter',
      plans: 'Plans and periods',
    },
    timelineHeading: 'The periods of the plans',
    timelineCaption:
      "Every region's plans with stated years on one timeline. The table above gives the same details, in the row Plans and periods.",
    matrixHeading: 'What the sources say, topic by topic',
    matrixCaption: "The regions' commitments by topic. Each cell links to the commitment on the region's page.",
    scrollHint: 'The table scrolls sideways.',
    more: (count) => `and ${count} more`,
    pairsHeading: 'Compare two regions',
    pairsIntro: 'Choose a pair to see all their commitments side by side.',
    pairName: (a, b) => `${a} and ${b}`,
    moreFor: (topic, region) => `on ${topic} in ${region}`,
    pairTitle: (a, b) => `${a} and ${b} side by side`,
    pairDescription: (a, b) =>
      `${a} and ${b} compared topic by topic: what each region's source says, linked to the source.`,
    pairIntro:
      "All the commitments of the two regions, topic by topic, in the language of their sources. Each commitment links to the region's page, where its source is named.",
    reverseText: 'This comparison is at',
    otherPairs: 'Other comparisons',
    allRegions: 'All the regions side by side',
    regionComparisons: 'Compare with other regions',
    regionCompareWith: (name) => `Compare ${name} with`,
    topicsHeading: 'The topics',
  },
  topic: {
    onRegionPage: (name) => `On the ${name} page`,
    description: (label) =>
      `What each region's source says on ${label.toLocaleLowerCase('en')}, with quotes and sources.`,
    articlesHeading: 'Articles of the CEMR charter',
    noArticles: "None of the regions' commitments on this topic refers to an article of the charter.",
  },
  cite: {
    heading: 'Cite this page',
    title: 'Title',
    publisher: 'Publisher',
    url: 'Address',
    reviewed: 'Content last reviewed',
    accessed: 'Accessed',
    accessedPlaceholder: '[the date you read the page]',
    /** Where the citation gives the day it was read, until the copy button fills it in. */
    accessedShort: '[date]',
    copy: 'Copy the citation',
    copied: 'Citation copied.',
    format: (title, publisher, url, reviewed) => `${title}. ${publisher}. ${url}. Content last reviewed ${reviewed}.`,
  },
  data: {
    heading: 'Download the data',
    json: "All the regions' details (JSON)",
    csv: 'All commitments, one per row (CSV)',
    schema: 'Description of the data (JSON Schema)',
    municipalities: 'Every municipality and the regions that cover it (CSV)',
    geojson: "The regions' areas, for your own maps (GeoJSON)",
    licence: 'Licence',
    updated: 'Data last reviewed',
  },
  search: {
    title: 'Search',
    description: "Search the regions' plans, commitments, comparisons and topics.",
    label: 'Search the site',
    placeholder: 'For example Normstorm or equal pay',
    submit: 'Search',
    searching: 'Searching …',
    results: {
      zero: 'No results for “{query}”.',
      one: '1 result for “{query}”.',
      other: '{count} results for “{query}”.',
    },
    unavailable: 'Search could not be loaded. Use the list of all pages below.',
    allPages: 'All pages',
    allPagesIntro: 'Every page of the site, by region and topic.',
    regions: 'The regions',
    topics: 'The topics',
    comparisons: 'Comparisons',
    more: 'More about the site',
    kinds: { region: 'Region', compare: 'Comparison', topic: 'Topic', page: 'Page' },
  },
  charterPage: {
    title: 'The CEMR charter',
    description:
      'The European Charter for Equality of Women and Men in Local Life: its 30 articles and which regions address each of them.',
    intro: [
      'The European Charter for Equality of Women and Men in Local Life (the CEMR charter) was drawn up in 2006 by the Council of European Municipalities and Regions (CEMR). Municipalities and regions that sign it commit to drawing up an equality action plan.',
      'The 2006 charter has 30 articles in nine parts. In 2022 CEMR adopted a revised text with 39 articles; signatures made before 2023 remain valid. The source documents on this site refer to the 2006 text, and that is the text shown here.',
    ],
    statusHeading: 'What the sources say about the charter',
    statusColumns: { region: 'Region', note: 'What the source says' },
    articlesHeading: "The articles and the regions' commitments",
    articleTitle: (number, title) => `Article ${number}. ${title}`,
    addressedBy: 'Commitments that serve this article',
    noCommitments: "None of the regions' commitments serve this article.",
    translationNote:
      "The English titles follow the charter; the Swedish and Norwegian titles are the site's own translations.",
  },
  about: {
    title: 'About the site',
    description:
      'What Jämställdhetsportalen is, where its content comes from, how the topics were chosen and how to report an error.',
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How accessible Jämställdhetsportalen is, the known gaps, and how to report a problem.',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for is not here. It may have moved, or the address may be misspelt.',
    backHome: 'Go to the home page',
  },
  /** What became of an organisation, and the groups, partners and projects around it. */
  organisation: {
    mergedTitle: 'This organisation no longer exists',
    merged: (organisation, into, when, others) =>
      `${others.length > 0 ? `${organisation} and ${others.join(' and ')} merged to form ${into}` : `${organisation} became part of ${into}`} ${when}. This page describes the work as the source described it.`,
    onDate: (date) => `on ${date}`,
    inYear: (year) => `in ${year}`,
    renamedTitle: 'This organisation has a new name',
    renamed: (organisation, newName) =>
      `${organisation} is now called ${newName}. This page uses the name in the source.`,
    bodies: 'Groups and committees',
    members: 'Members',
    partners: 'Partners and networks',
    partnerKinds: { partner: 'Partner', network: 'Network', resource: 'Information and support' },
    projects: 'Projects and training',
    projectKinds: { project: 'Project', training: 'Training', initiative: 'Initiative' },
  },
  /** Plans: their periods, statuses and parts, on region pages and in comparisons. */
  plans: {
    statusAsOf: (date) => `Status on ${date}.`,
    period: 'Period',
    periodNotStated: 'not stated in the source',
    announcedFor: (year) => `not stated in the source; the plan was announced for ${year}`,
    owner: 'Drawn up by',
    adoptedBy: 'Adopted by',
    revision: 'On revision',
    replaces: 'Replaces',
    focusAreas: 'Focus areas',
    goals: 'Goals',
    activities: 'Activity plan',
    activityColumns: { goal: 'Goal', activity: 'Activity', when: 'When', responsible: 'Responsible' },
    timelineCaption: 'The periods of the plans on a timeline. The list above gives the same information.',
    timelineToday: 'Today',
  },
  /** Figures from a source. */
  figure: {
    asOf: (year) => `Figure from ${year}`,
    outOf: (value, total) => `${value} of ${total}`,
  },
  /** Contact people as a source names them. */
  contact: {
    role: 'Role',
    organisation: 'Organisation',
    phone: 'Phone',
    email: 'Email',
    asOf: (year) => `Contact details from ${year}. They may have changed since.`,
  },
  /** The facts at the foot of every page: editing it and reporting an error. */
  pageFacts: {
    editPage: 'Edit this page',
    reportError: 'Report an error on this page',
    reportSubject: (title) => `Error on the page ${title}`,
  },
  /** The links that copy the address of a row or a section. */
  copyLink: {
    label: 'Link',
    forSection: (name) => `to the section on ${name}`,
    forRow: (row) => `to the row ${row}`,
    copied: 'Link copied.',
  },
  /** The pair viewer and its chooser, for any two regions. */
  pairViewer: {
    columnTitle: (name: string) => `${name}: column for comparing two regions`,
    title: 'Compare any two regions',
    description: 'Choose two regions and see them side by side, topic by topic.',
    chooserFirst: 'First region',
    chooserSecond: 'Second region',
    chooserSubmit: 'Compare',
    choose: 'Choose two different regions and press Compare.',
    loading: 'Fetching the data …',
    failed: "The data could not be fetched. Try again, or read the regions' own pages.",
    needsScript:
      'Comparing any two regions is drawn in the browser and needs JavaScript. Without it, each region has its own page:',
    needsScriptPairs:
      'Comparing any two regions is drawn in the browser and needs JavaScript. Without it, each pair has its own page:',
    ownPage: 'This comparison also has a page of its own to link to and cite:',
  },
  /** Where the regions are: the maps, a region's municipalities, and the page of every municipality. */
  places: {
    mapName: 'Map of Sweden and Norway with the regions on this site',
    mapNote:
      "Each region on the map is a link to the region's page. The same regions are in the list, with what the source says about the CEMR charter.",
    legend: 'The CEMR charter according to the source',
    until: (year) => `until ${year}`,
    areaName: (name, status) => `${name}, CEMR charter: ${status}`,
    credit: 'Municipal boundaries: Valmyndigheten (Sweden); © Kartverket (Norway)',
    licence: 'licence',
    locatorName: (name) => `Map of Sweden and Norway with ${name} marked`,
    municipalityCount: (count) => (count === 1 ? '1 municipality' : `${count} municipalities`),
    inCounties: (municipalities, counties) => `${municipalities} in ${counties}`,
    inCountiesSince: (municipalities, year, counties) => `${municipalities}, since ${year} in ${counties}`,
    section: 'Municipalities',
    worksFor: (place, organisations) =>
      `${organisations > 1 ? 'The organisations work' : 'The organisation works'} for ${place}:`,
    merged: (count, year, counties) =>
      `{organisation} worked for ${count === 1 ? 'this municipality' : `these ${count} municipalities`} until ${year}, when it became part of {into}. Since then ${count === 1 ? 'it has' : 'they have'} been in ${counties}. The map shows the area as it was until ${year}.`,
    fromRegister:
      "Which municipalities it covers is a matter of public record; the region's source document does not list them.",
    finderLink: 'Every municipality in Sweden and Norway, and the region that covers it',
  },
  /** The page of every municipality, and which regions on the site cover it. */
  finder: {
    title: 'Municipalities',
    heading: 'Which region does your municipality belong to?',
    description:
      'Every municipality in Sweden and Norway, and the region on Jämställdhetsportalen that works for each of them.',
    intro: (count) =>
      `This page lists all ${count} municipalities in Sweden and Norway, by country and county. Each municipality shows which region on this site works for it. A municipality can belong to more than one region.`,
    filterLabel: 'Filter the municipalities',
    filterHint: "Type part of the municipality's name or code, for example Bjurholm or 2403.",
    results: {
      zero: 'No municipality matches “{query}”.',
      one: '1 municipality matches “{query}”.',
      other: '{count} municipalities match “{query}”.',
    },
    code: 'Code',
    coveredBy: 'Covered by',
    notCovered: 'No region on this site covers this municipality yet.',
    merged: (year) => `{organisation} (until ${year}; now part of {into})`,
    countyCount: (county, count) => `${county}, ${count}`,
    source:
      "The municipalities and their codes (SCB's municipality codes and SSB's municipality numbers) come from Valmyndigheten's and Kartverket's map data.",
  },
  /** Above the list limit (lib/scale.ts): the indexes by county, and each county's part. */
  parts: {
    pairViewerLink: 'Choose any two regions and compare them',
    byCounty: 'Counties',
    byCountyIntro:
      'There are too many regions for one page. Each county has a page of its own with the regions that work there.',
    regionCount: (count) => (count === 1 ? '1 region' : `${count} regions`),
    regionsIn: (county) => `The regions in ${county}`,
    countyCompareTitle: (county) => `Compare the regions in ${county}`,
    countyCompareDescription: (county) =>
      `The regions in ${county} side by side: facts and plans, with links to what each region's source says topic by topic.`,
    countyTopics: (county) => `Topic by topic in ${county}`,
    topicCountyTitle: (topic, county) => `${topic} in ${county}`,
    topicCountyDescription: (topic, county) =>
      `What the sources of the regions in ${county} say about ${topic.toLocaleLowerCase('en')}, with quotes and sources.`,
    topicByCountyIntro: "Choose a county to read what each region's source there says on the topic.",
    statusCounts: 'Number of regions by what their source says:',
    articleCount: (count) =>
      count === 1
        ? '1 region has commitments that serve this article.'
        : `${count} regions have commitments that serve this article.`,
    charterByCounty:
      "What each region's source says about the charter is in the CEMR charter row of its county's page:",
    hubIntro:
      "Here you compare the regions one county at a time, and topic by topic. Every statement comes from the region's own document and links to the region's page, where its source is named.",
  },
  /** A region's texts in another language than the source's: who translated them, and what is not yet. */
  translation: {
    translatedBy: (language) => `Translated by Jämställdhetsportalen; the source's words are in ${language}.`,
    sourcePage: (language) => `Read this page in ${language}`,
    notTranslated: (language) =>
      `Parts of this page are not yet translated and are shown in the language of the source, ${language}.`,
    comparisonNote:
      "Texts from regions that write in another language are translated by Jämställdhetsportalen. The source's own words are on each region's page in the source's language.",
    beingUpdated: 'the translation is being updated',
    narrativeNote: (language) =>
      `This text is based on the source and describes the situation when the source was written. Translated from ${language} by Jämställdhetsportalen.`,
  },
};
