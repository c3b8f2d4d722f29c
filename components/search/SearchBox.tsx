'use client';

import { useEffect, useId, useState } from 'react';
import { useHydrated, useLocationSearch } from '@/components/ui/browser-state';

export interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  searching: string;
  unavailable: string;
  /** Already worded for the locale: "3 results for “x”." */
  results: Record<'zero' | 'one' | 'other', string>;
}

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

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's index and code are written into out/pagefind/ after the build: loaded from there, not bundled. */
function loadPagefind(basePath: string): Promise<Pagefind> {
  pagefind ??= import(/* webpackIgnore: true */ `${basePath}/pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: `${basePath}/` });
    return module;
  });
  return pagefind;
}

function resultsText(labels: SearchLabels, count: number, query: string): string {
  const template = count === 0 ? labels.results.zero : count === 1 ? labels.results.one : labels.results.other;
  return template.replace('{count}', String(count)).replace('{query}', query);
}

/**
 * The search field and its results, for the search page. Usable only once JavaScript runs: the page
 * around it lists every page, so without JavaScript there is no box that would do nothing.
 */
export function SearchBox({ labels, basePath }: { labels: SearchLabels; basePath: string }) {
  const ready = useHydrated();
  const queryInAddress = new URLSearchParams(useLocationSearch()).get('q') ?? '';
  // What the visitor typed, once they type: until then the query the address brought (?q=).
  const [typed, setTyped] = useState<string | undefined>();
  const query = typed ?? queryInAddress;
  const [state, setState] = useState<{ status: 'idle' | 'searching' | 'done' | 'failed'; results: PagefindResult[] }>({
    status: 'idle',
    results: [],
  });
  const inputId = useId();

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') return;
    let current = true;
    const timer = setTimeout(async () => {
      setState((previous) => ({ ...previous, status: 'searching' }));
      try {
        const { results } = await (await loadPagefind(basePath)).search(trimmed);
        const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
        if (current) setState({ status: 'done', results: data });
      } catch {
        if (current) setState({ status: 'failed', results: [] });
      }
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, basePath]);

  const trimmed = query.trim();
  const message =
    trimmed === ''
      ? ''
      : state.status === 'failed'
        ? labels.unavailable
        : state.status === 'done'
          ? resultsText(labels, state.results.length, trimmed)
          : labels.searching;

  return (
    // Laid out from the first paint but invisible until the code runs, so that nothing moves when it
    // appears; without JavaScript the stylesheet's (scripting: none) rule removes it altogether.
    <div className="search-box mt-6" style={ready ? undefined : { visibility: 'hidden' }}>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const url = new URL(window.location.href);
          url.searchParams.set('q', trimmed);
          window.history.replaceState(null, '', url);
        }}
        className="flex flex-wrap items-end gap-2"
      >
        <div className="flex min-w-0 flex-1 flex-col">
          <label htmlFor={inputId} className="font-semibold">
            {labels.label}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(event) => setTyped(event.target.value)}
            placeholder={labels.placeholder}
            autoComplete="off"
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2 text-lg"
          />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 text-lg font-semibold text-white">
          {labels.submit}
        </button>
      </form>
      <p role="status" className="mt-3 min-h-7 text-slate-800">
        {message}
      </p>
      {trimmed !== '' && state.status === 'done' && state.results.length > 0 && (
        <ol className="search-results mt-3 space-y-4">
          {state.results.map((result) => (
            <li key={result.url} className="rounded-lg border border-slate-300 p-4">
              <a href={result.url} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
                {result.meta.title ?? result.url}
              </a>
              {(result.meta.kind || result.meta.region) && (
                <p className="text-sm text-slate-700">
                  {[result.meta.kind, result.meta.region].filter(Boolean).join(' · ')}
                </p>
              )}
              {/* Pagefind escapes the page text and adds only <mark> around the words found. */}
              <p className="mt-1" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
