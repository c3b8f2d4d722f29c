/**
 * The pair viewer (data-module="pair-viewer"): any two regions side by side, for a site with too many
 * regions to build a page for every pair. The server renders each region's column once, as a one-column
 * comparison table on a page of its own (/{locale}/compare/pair/{slug}/); this file fetches the two
 * columns the address names (?regions=a,b, or the chooser's ?a=…&b=…) and sets them side by side.
 * Rows, cells and their ids are the server's, exactly as on a pair page: nothing is drawn here.
 */

import { fill } from '../i18n/format';

const root = document.querySelector<HTMLElement>('[data-module="pair-viewer"]');
if (root) void enhance(root);

/** The two slugs in alphabetical order, or undefined when the address names no pair. */
function selection(search: string): [string, string] | undefined {
  const params = new URLSearchParams(search);
  const slugs = (params.get('regions')?.split(',') ?? [params.get('a') ?? '', params.get('b') ?? '']).filter(Boolean);
  if (slugs.length !== 2 || slugs[0] === slugs[1]) return undefined;
  const [a, b] = slugs.sort();
  return [a!, b!];
}

async function columnOf(url: string): Promise<HTMLTableElement> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const table = page.querySelector<HTMLTableElement>('table[data-pair-column]');
  if (!table) throw new Error(`${url}: no column`);
  return table;
}

/** The first column's table with the second's header and cells added beside its own. */
function sideBySide(first: HTMLTableElement, second: HTMLTableElement, title: string): HTMLTableElement {
  const table = document.importNode(first, true);
  table.querySelector('caption')!.textContent = title;
  table.querySelector('thead tr')!.append(document.importNode(second.querySelector('thead th')!, true));
  for (const body of table.tBodies) {
    const theirs = second.querySelector(`tbody[id="${CSS.escape(body.id)}"] td`);
    body.querySelector('th')?.setAttribute('colspan', '2');
    if (theirs) body.rows[1]?.append(document.importNode(theirs, true));
  }
  return table;
}

async function enhance(element: HTMLElement) {
  const status = element.querySelector('[role="status"]')!;
  const result = element.querySelector<HTMLElement>('[data-result]')!;
  const text = (name: string) => element.dataset[name] ?? '';
  const pair = selection(window.location.search);
  if (!pair) {
    status.textContent = text('choose');
    return;
  }
  const url = new URL(window.location.href);
  if (url.searchParams.get('regions') !== pair.join(',')) {
    window.history.replaceState(null, '', `${url.pathname}?regions=${pair.join(',')}${url.hash}`);
  }
  const chooser = document.getElementById(text('chooser'));
  if (chooser instanceof HTMLFormElement) {
    pair.forEach((slug, index) => {
      const field = chooser.elements.namedItem(index === 0 ? 'a' : 'b');
      if (field instanceof HTMLSelectElement) field.value = slug;
    });
  }

  status.textContent = text('loading');
  try {
    const [first, second] = await Promise.all(pair.map((slug) => columnOf(`${text('columns')}${slug}/`)));
    const names = [first!, second!].map((table) => table.querySelector('thead th')?.textContent?.trim() ?? '');
    const title = fill(text('title'), { a: names[0]!, b: names[1]! });
    result.querySelector('h2')!.textContent = title;
    const ownPage = result.querySelector<HTMLAnchorElement>('[data-own-page] a');
    if (ownPage) {
      ownPage.href = fill(text('pairPage'), { a: pair[0], b: pair[1] });
      ownPage.textContent = title;
    }
    result.append(sideBySide(first!, second!, title));
    result.hidden = false;
    status.textContent = '';
    if (url.hash) document.getElementById(url.hash.slice(1))?.scrollIntoView();
  } catch {
    status.textContent = text('failed');
  }
}
