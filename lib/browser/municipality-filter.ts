/**
 * The filter on the page of every municipality (data-module="municipality-filter"): as one types, only
 * the municipalities whose name or code contains the text stay, counties and countries with none left
 * are hidden, and the status line says how many remain, which a screen reader announces once the typing
 * pauses (as GOV.UK's accessible autocomplete does). Accents and case do not matter: "umea" finds Umeå.
 * Without this file the whole list stands on the page.
 */

import { plural } from '../i18n/format';

const ANNOUNCE_AFTER_MS = 500;

const root = document.querySelector<HTMLElement>('[data-module="municipality-filter"]');
if (root) enhance(root);

/**
 * Lowercase, without accents and marks: å, ä and ö become a and o, and so do the Norwegian ø and æ,
 * which have no mark to drop, so that a Swede's "Tromsö" finds Tromsø.
 */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'a')
    .trim();
}

function enhance(element: HTMLElement) {
  const input = element.querySelector<HTMLInputElement>('input')!;
  const status = element.querySelector('[role="status"]')!;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('li[data-filter]')].map((item) => ({
    item,
    text: normalise(item.dataset.filter ?? ''),
  }));
  const groups = [...list.querySelectorAll<HTMLElement>('section')];
  const forms = {
    zero: element.dataset.resultsZero ?? '',
    one: element.dataset.resultsOne ?? '',
    other: element.dataset.resultsOther ?? '',
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  function filter() {
    const query = normalise(input.value);
    let shown = 0;
    for (const { item, text } of items) {
      const match = query === '' || text.includes(query);
      item.hidden = !match;
      if (match) shown++;
    }
    // A county with none left goes, and a country with none left in any county.
    for (const group of groups) group.hidden = !group.querySelector('li:not([hidden])');
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.textContent =
        query === '' ? '' : plural(forms, shown, document.documentElement.lang, { query: input.value.trim() });
    }, ANNOUNCE_AFTER_MS);
  }

  input.addEventListener('input', filter);
}

// A module, not a script: its top-level names stay its own.
export {};
