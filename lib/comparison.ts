/**
 * A comparison of regions as plain data: its columns (the regions), its rows (the facts every region
 * has, then one per topic) and each row's cell for each region. The hub, the pair pages and the pair
 * viewer's columns render this one model (components/compare/ComparisonCells.tsx), so a cell says the
 * same thing wherever it stands. It knows no React and no Next.js, and serialises as it is.
 */
import type { Localised } from './content/localise';
import type { ContentLanguage, RegionFrontmatter, Topic } from './content/schema';
import type { ShownText } from './content/translations';
import { type PlanStatus, planStatus } from './dates';
import type { Dictionary } from './i18n';
import type { Locale } from './i18n/locales';
import { factRowIds } from './ids';
import { planPeriodText } from './plan-view';
import { commitmentsOn, organisationStatusText } from './region-view';
import { anchors, localeHref, paths } from './routes';

/** One thing a cell says: a name, a status, a plan, a statement. */
export interface CellItem {
  text: string;
  /** The source's language, where the text is the source's own words; absent for the site's words. */
  lang?: ContentLanguage;
  /** Where the item links to, as a site path without the base path. */
  href?: string;
  /** Words that complete a link's name for screen readers, where the text alone repeats across cells. */
  hiddenText?: string;
  /** Words after the text, in the page's language: an organisation's type. */
  after?: string;
  /** A line below: a plan's period and its status on the build date. */
  period?: { text: string; status: PlanStatus; statusLabel: string };
  /** A paragraph below, in the source's words: what the source says of the charter. */
  note?: { text: string; lang: ContentLanguage; translationNote?: string };
  /** Said after the text where its translation is outdated and the source's words stand instead. */
  translationNote?: string;
}

export type Cell =
  /** The source does not mention the row's subject, which is not the same as "no". */
  | { kind: 'not-mentioned'; text: string }
  /** A single fact, such as the country. */
  | { kind: 'fact'; item: CellItem }
  /** A list; on the hub a topic's list shows the first statement and links to the rest. */
  | { kind: 'list'; items: CellItem[]; more?: { text: string; hiddenText: string; href: string } };

export interface ComparisonRow {
  /** The row's id on every page, and with a region's slug its cell's (cellId). */
  id: string;
  label: string;
  /** A topic row's header links to the topic's page. */
  href?: string;
  kind: 'fact' | 'topic';
  /** Each region's cell, by slug. */
  cells: Record<string, Cell>;
}

export interface ComparisonColumn {
  slug: string;
  name: string;
  href: string;
}

export interface Comparison {
  /** "summary": a topic cell shows the first statement and a count of the rest (the hub); "full": all. */
  detail: 'summary' | 'full';
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/**
 * What a comparison reads of a region: its frontmatter, localised for the page's locale
 * (lib/content/localise.ts).
 */
type Region = Localised<
  Pick<
    RegionFrontmatter,
    'slug' | 'name' | 'language' | 'country' | 'organisations' | 'charter' | 'plans' | 'commitments'
  >
>;

export interface ComparisonInput {
  regions: readonly Region[];
  topics: readonly Topic[];
  locale: Locale;
  t: Dictionary;
  /** The date plan statuses are computed for (YYYY-MM-DD). */
  today: string;
  detail: Comparison['detail'];
}

/** A text's words and language for a cell, and the note an outdated translation gets. */
function shownIn(shown: ShownText, t: Dictionary): { text: string; lang: ContentLanguage; translationNote?: string } {
  return shown.status === 'outdated'
    ? { text: shown.text, lang: shown.lang, translationNote: t.translation.beingUpdated }
    : { text: shown.text, lang: shown.lang };
}

/** Stable anchor of a region's cell in a row: "employer-varmland", the same in every locale. */
export function cellId(rowId: string, slug: string): string {
  return `${rowId}-${slug}`;
}

function listOrNotMentioned(items: CellItem[], t: Dictionary, more?: Extract<Cell, { kind: 'list' }>['more']): Cell {
  if (items.length === 0) return { kind: 'not-mentioned', text: t.source.notMentioned };
  return more ? { kind: 'list', items, more } : { kind: 'list', items };
}

/** The facts every region has, as rows, in the order the pages show them. */
function factRows({ regions, locale, t, today }: ComparisonInput): ComparisonRow[] {
  const regionHref = (region: Region) => localeHref(locale, paths.region(region.slug));
  const row = (id: string, label: string, cell: (region: Region) => Cell): ComparisonRow => ({
    id,
    label,
    kind: 'fact',
    cells: Object.fromEntries(regions.map((region) => [region.slug, cell(region)])),
  });
  const rows = t.compare.rows;
  return [
    row(factRowIds.organisationType, rows.organisationType, (region) =>
      listOrNotMentioned(
        region.organisations.map(({ name, type }) => ({
          text: name,
          lang: region.language,
          after: t.organisationTypes[type],
        })),
        t,
      ),
    ),
    row(factRowIds.country, rows.country, (region) => ({ kind: 'fact', item: { text: t.countries[region.country] } })),
    row(factRowIds.organisationStatus, rows.organisationStatus, (region) =>
      listOrNotMentioned(
        region.organisations.map(({ status }) => ({ text: organisationStatusText(status, t) })),
        t,
      ),
    ),
    // The status alone can mislead ("signed" by whom?): the source's note says who did what.
    row(factRowIds.charter, rows.charter, (region) => ({
      kind: 'fact',
      item: {
        text: t.charterStatus[region.charter.status],
        href: `${regionHref(region)}#${anchors.charter}`,
        // Several regions share a status: the name tells their links apart in a list of links.
        hiddenText: `, ${region.name}`,
        note: region.charter.status === 'not-mentioned' ? undefined : shownIn(region.charter.note, t),
      },
    })),
    row(factRowIds.plans, rows.plans, (region) =>
      listOrNotMentioned(
        region.plans.map((plan) => {
          const status = planStatus(plan, today);
          return {
            ...shownIn(plan.title, t),
            href: `${regionHref(region)}#${anchors.plan(plan.id)}`,
            period: { text: planPeriodText(plan, t), status, statusLabel: t.planStatus[status] },
          };
        }),
        t,
      ),
    ),
  ];
}

/** One row per topic: each region's statements on it, linking to them on the region's page. */
function topicRows({ regions, topics, locale, t, detail }: ComparisonInput): ComparisonRow[] {
  return topics.map((topic) => ({
    id: topic.id,
    label: topic.label[locale],
    href: localeHref(locale, paths.topic(topic.id)),
    kind: 'topic',
    cells: Object.fromEntries(
      regions.map((region) => {
        const regionHref = localeHref(locale, paths.region(region.slug));
        const commitments = commitmentsOn(region, topic.id);
        const shown = detail === 'full' ? commitments : commitments.slice(0, 1);
        const rest = commitments.length - shown.length;
        const items = shown.map((commitment) => ({
          ...shownIn(commitment.statement, t),
          href: `${regionHref}#${anchors.commitment(commitment.id)}`,
        }));
        const more =
          rest > 0
            ? {
                text: t.compare.more(rest),
                hiddenText: t.compare.moreFor(topic.label[locale], region.name),
                href: `${regionHref}#${anchors.topicGroup(topic.id)}`,
              }
            : undefined;
        return [region.slug, listOrNotMentioned(items, t, more)];
      }),
    ),
  }));
}

/** The comparison of these regions: the fact rows, then a row per topic. */
export function buildComparison(input: ComparisonInput): Comparison {
  return {
    detail: input.detail,
    columns: input.regions.map(({ slug, name }) => ({
      slug,
      name,
      href: localeHref(input.locale, paths.region(slug)),
    })),
    rows: [...factRows(input), ...topicRows(input)],
  };
}

/** The rows of one kind: the hub shows the facts and the topics in tables of their own. */
export function rowsOfKind(comparison: Comparison, kind: ComparisonRow['kind']): ComparisonRow[] {
  return comparison.rows.filter((row) => row.kind === kind);
}
