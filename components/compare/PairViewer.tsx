'use client';

import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useLocationSearch } from '@/components/ui/browser-state';
import { cellId, pairPath } from '@/lib/compare';
import { formatPeriod } from '@/lib/dates';
import { anchors, localeHref, paths } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/locales';
import { NotMentioned } from '@/components/ui/NotMentioned';

/** The site's words the viewer needs, already in the page's language (functions cannot reach the browser). */
export interface PairViewerLabels {
  /** "{a} and {b} side by side" */
  title: string;
  rows: { organisationType: string; country: string; charter: string; plans: string };
  notMentioned: string;
  periodNotStated: string;
  choose: string;
  loading: string;
  failed: string;
  /** "This comparison also has a page of its own …", shown when pair pages are built. */
  ownPage: string;
  charterStatus: Record<string, string>;
  organisationTypes: Record<string, string>;
  countries: Record<string, string>;
}

interface DataRegion {
  slug: string;
  name: string;
  country: string;
  language: string;
  organisations: { name: string; type: string }[];
  charter: { status: string; note?: string };
  plans: { id: string; title: string; period: { from?: number; to?: number } }[];
  commitments: { id: string; topic?: string; statement: string }[];
}

interface Data {
  regions: DataRegion[];
  topics: { id: string; label: Record<string, string> }[];
}

/** ?regions=a,b, or the chooser's ?a=…&b=…: "a,b" in alphabetical order, or undefined. */
function selection(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const slugs = (params.get('regions')?.split(',') ?? [params.get('a') ?? '', params.get('b') ?? '']).filter(Boolean);
  return slugs.length === 2 && slugs[0] !== slugs[1] ? slugs.sort().join(',') : undefined;
}

/** The published file is the site's own, but it arrives over the network: check its shape before use. */
function isData(value: unknown): value is Data {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { regions?: unknown }).regions) &&
    Array.isArray((value as { topics?: unknown }).topics)
  );
}

interface Props {
  labels: PairViewerLabels;
  basePath: string;
  locale: Locale;
  /** Every pair has a prebuilt page: link it, since that address is the one to cite. */
  ownPages: boolean;
  /** The chooser form on the same page, set to the pair shown. */
  chooserId: string;
}

/** The chooser is server-rendered outside this component, so its fields are set directly. */
function showInChooser(chooserId: string, slugs: string[]) {
  const form = document.getElementById(chooserId);
  if (!(form instanceof HTMLFormElement)) return;
  ['a', 'b'].forEach((name, index) => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement) field.value = slugs[index] ?? '';
  });
}

/**
 * Any two regions side by side, drawn in the browser from /data/regions.json: the comparison for a site
 * with too many regions to build a page for every pair. Its rows are the pair pages' rows but the
 * organisation's status and the plans' status pills, with the same row and cell ids (employer-varmland),
 * and the address is rewritten to ?regions=a,b.
 */
export function PairViewer({ labels, basePath, locale, ownPages, chooserId }: Props) {
  const pair = selection(useLocationSearch());
  const [data, setData] = useState<Data | 'failed' | undefined>();

  useEffect(() => {
    if (!pair) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('regions') !== pair) {
      window.history.replaceState(null, '', `${url.pathname}?regions=${pair}${url.hash}`);
    }
    showInChooser(chooserId, pair.split(','));
    fetch(`${basePath}/data/regions.json`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((json: unknown) => setData(isData(json) ? json : 'failed'))
      .catch(() => setData('failed'));
  }, [pair, basePath, chooserId]);

  if (!pair) return <p className="mt-4">{labels.choose}</p>;
  if (data === 'failed') return <p className="mt-4">{labels.failed}</p>;
  if (!data) return <p className="mt-4">{labels.loading}</p>;
  const [first, second] = pair.split(',').map((slug) => data.regions.find((region) => region.slug === slug));
  if (!first || !second) return <p className="mt-4">{labels.choose}</p>;

  const regionHref = (region: DataRegion, anchor: string) =>
    `${basePath}${localeHref(locale, paths.region(region.slug))}#${anchor}`;
  const notMentioned = <NotMentioned as="span" text={labels.notMentioned} />;
  const rows: { id: string; label: string; cell: (region: DataRegion) => ReactNode }[] = [
    {
      id: 'organisation-type',
      label: labels.rows.organisationType,
      cell: (region) =>
        region.organisations.map((organisation) => (
          <p key={organisation.name}>
            <span lang={region.language}>{organisation.name}</span>: {labels.organisationTypes[organisation.type]}
          </p>
        )),
    },
    { id: 'country', label: labels.rows.country, cell: (region) => labels.countries[region.country] },
    {
      id: 'charter',
      label: labels.rows.charter,
      cell: (region) => (
        <>
          {labels.charterStatus[region.charter.status]}
          {region.charter.note && (
            <p lang={region.language} className="mt-1">
              {region.charter.note}
            </p>
          )}
        </>
      ),
    },
    {
      id: 'plans',
      label: labels.rows.plans,
      cell: (region) =>
        region.plans.length === 0
          ? notMentioned
          : region.plans.map((plan) => (
              <p key={plan.id}>
                <a
                  href={regionHref(region, anchors.plan(plan.id))}
                  lang={region.language}
                  className="text-link underline"
                >
                  {plan.title}
                </a>{' '}
                ({formatPeriod(plan.period) ?? labels.periodNotStated})
              </p>
            )),
    },
    ...data.topics.map((topic) => ({
      id: topic.id,
      label: topic.label[locale] ?? topic.id,
      cell: (region: DataRegion) => {
        const commitments = region.commitments.filter((commitment) => commitment.topic === topic.id);
        return commitments.length === 0
          ? notMentioned
          : commitments.map((commitment) => (
              <p key={commitment.id} className="mb-2">
                <a
                  href={regionHref(region, anchors.commitment(commitment.id))}
                  lang={region.language}
                  className="text-link underline"
                >
                  {commitment.statement}
                </a>
              </p>
            ));
      },
    })),
  ];
  const title = labels.title.replace('{a}', first.name).replace('{b}', second.name);

  return (
    <section aria-labelledby="viewer-title" className="pair-viewer mt-8">
      <h2 id="viewer-title" className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {ownPages && (
        <p className="mt-2">
          {labels.ownPage}{' '}
          <a
            href={`${basePath}${localeHref(locale, pairPath(first.slug, second.slug))}`}
            className="text-link underline"
          >
            {title}
          </a>
        </p>
      )}
      <table className="pair-table mt-4 w-full table-fixed hyphens-auto border-collapse text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 bg-slate-50">
            {[first, second].map((region) => (
              <th key={region.slug} scope="col" className="px-3 py-2 text-base">
                <a href={`${basePath}${localeHref(locale, paths.region(region.slug))}`} className="text-link underline">
                  {region.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.id} id={row.id} className="target:bg-brand-50">
            <tr>
              <th scope="rowgroup" colSpan={2} className="border-t border-slate-300 bg-slate-100 px-3 py-2 text-base">
                {row.label}
              </th>
            </tr>
            <tr className="align-top">
              {[first, second].map((region) => (
                <td key={region.slug} id={cellId(row.id, region.slug)} className="px-3 py-3 break-words">
                  {row.cell(region)}
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </section>
  );
}
