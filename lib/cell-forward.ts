/**
 * Where a link to a cell of a page that held every region goes once that page is an index of
 * counties (lib/scale.ts): "#employer-halland" on /sv/compare/ to the cell on
 * /sv/topics/employer/county/se-13/. Links to cells are published and cited, so they must keep
 * landing on their cell when the site grows past the list limit. No imports: lib/browser/ bundles it.
 */
export interface CellForwarding {
  /** Each region's slug and the key of its (first) county's part. */
  parts: Map<string, string>;
  /** The rows whose cells are on the county's comparison page; any other row is a topic's. */
  factRows: ReadonlySet<string>;
  /** The part's site path for a row, with {county} and, for topics, {row} to fill in. */
  factHref: string;
  topicHref: string;
}

/** Reads "region-001:no-03 region-002:no-11", the form the page carries the parts in. */
export function parseParts(text: string): Map<string, string> {
  return new Map(
    text
      .split(' ')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );
}

/** The address a #cell-id goes to, or undefined where the id names no region's cell. */
export function forwardedCell(
  hash: string,
  { parts, factRows, factHref, topicHref }: CellForwarding,
): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  // A cell id is a row's id, a hyphen and a slug; the longest slug that ends it wins ("a-b" over "b").
  const slug = [...parts.keys()]
    .filter((candidate) => id.endsWith(`-${candidate}`))
    .sort((a, b) => b.length - a.length)[0];
  if (slug === undefined) return undefined;
  const row = id.slice(0, -slug.length - 1);
  const template = factRows.has(row) ? factHref : topicHref;
  return `${template.replace('{county}', parts.get(slug)!).replace('{row}', row)}#${id}`;
}
