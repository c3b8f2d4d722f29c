/**
 * The search page's box (data-module="search"): searches Pagefind's index, written into pagefind/
 * after the build, and lists the results. Pagefind's code and index load from the site itself, on
 * this page only and only once a visitor searches. Without this file the page lists every page instead.
 */

import { plural } from '../i18n/format';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; region?: string; kind?: string };
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const MAX_RESULTS = 20;
const DEBOUNCE_MS = 200;

const root = document.querySelector<HTMLElement>('[data-module="search"]');
if (root) enhance(root);

function enhance(element: HTMLElement) {
  const form = element.querySelector('form')!;
  const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = element.querySelector('[role="status"]')!;
  const list = element.querySelector('ol')!;
  const basePath = element.dataset.basePath ?? '';
  const text = (name: string) => element.dataset[name] ?? '';

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () =>
    (pagefind ??= import(`${basePath}/pagefind/pagefind.js`).then(async (loaded: Pagefind) => {
      await loaded.options({ baseUrl: `${basePath}/` });
      return loaded;
    }));

  const resultForms = { zero: text('resultsZero'), one: text('resultsOne'), other: text('resultsOther') };
  const resultsText = (count: number, query: string) =>
    plural(resultForms, count, document.documentElement.lang, { query });

  function show(results: PagefindResult[]) {
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        item.className = 'rounded-lg border border-slate-300 p-4';
        const link = document.createElement('a');
        link.className = 'text-lg font-semibold text-brand-800 underline underline-offset-2';
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        item.append(link);
        const kind = [result.meta.kind, result.meta.region].filter(Boolean).join(' · ');
        if (kind) {
          const line = document.createElement('p');
          line.className = 'text-sm text-slate-700';
          line.textContent = kind;
          item.append(line);
        }
        const excerpt = document.createElement('p');
        excerpt.className = 'mt-1';
        // Pagefind escapes the page text and adds only <mark> around the words found.
        excerpt.innerHTML = result.excerpt;
        item.append(excerpt);
        return item;
      }),
    );
  }

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function search(query: string) {
    const trimmed = query.trim();
    const run = ++latest;
    clearTimeout(timer);
    if (trimmed === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    timer = setTimeout(async () => {
      status.textContent = text('searching');
      try {
        const { results } = await (await loadPagefind()).search(trimmed);
        const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
        if (run !== latest) return;
        show(data);
        status.textContent = resultsText(results.length, trimmed);
      } catch {
        if (run !== latest) return;
        list.replaceChildren();
        status.textContent = text('unavailable');
      }
    }, DEBOUNCE_MS);
  }

  input.addEventListener('input', () => search(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value.trim());
    window.history.replaceState(null, '', url);
    search(input.value);
  });

  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    search(query);
  }
}

// A module, not a script: its top-level names stay its own.
export {};
