/**
 * The ids the pages give their rows, sections and form parts: links from other pages and sites land on
 * them, and labels point at them, so each is written once, here. A topic's id is also an id on the
 * comparison pages (its row), so topics may take none of these.
 */

import { editorFolder } from './routes';

/** The rows every comparison starts with, before one row per topic: the same on every comparison page. */
export const factRowIds = {
  organisationType: 'organisation-type',
  country: 'country',
  organisationStatus: 'organisation-status',
  charter: 'charter',
  plans: 'plans',
} as const;

export type FactRowId = (typeof factRowIds)[keyof typeof factRowIds];

/** Sections, headings, captions and form fields, by what they are on their page. */
export const ids = {
  main: 'main',
  facts: 'facts',
  factsCaption: 'facts-caption',
  pairs: 'pairs',
  /** Above the list limit: the index of counties that stands where the lists of regions were. */
  counties: 'counties',
  topics: 'topics',
  topicsCaption: 'topics-caption',
  pairCaption: 'pair-caption',
  columnCaption: 'column-caption',
  otherPairs: 'other-pairs',
  viewerTitle: 'viewer-title',
  pairChooser: 'pair-chooser',
  articles: 'articles',
  otherTopics: 'other-topics',
  charterStatus: 'status',
  data: 'data',
  cite: 'cite',
  citation: 'citation',
  allPages: 'all-pages',
  regionsHeading: 'regions-heading',
  exploreHeading: 'explore-heading',
  headerSearch: 'header-search',
  searchQuery: 'search-query',
  municipalityFilter: 'municipality-filter',
  municipalityFilterHint: 'municipality-filter-hint',
  municipalityList: 'municipality-list',
  /** The region page's group of commitments that fit no topic, as topic-none. */
  noTopic: 'none',
} as const;

/**
 * Ids a topic may not take, since its row would share a page with these; nor the web editor's folder
 * name, which as a topic page's folder would get the editor's security policy (lib/routes.ts).
 */
export const reservedTopicIds: readonly string[] = [...Object.values(factRowIds), ...Object.values(ids), editorFolder];
