// The synthetic site above the list limit (npm run test:scale builds it into .scale/out): every page
// that listed every region is an index of counties, each county's part is a page of its own, and every
// region's cells and sections are on its county's parts under the ids the whole pages give them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

import { forwardedCell, parseParts } from '@/lib/cell-forward';
import { factRowIds } from '@/lib/ids';
import { site } from '@/lib/site';
import { checkLinks } from '@/scripts/lib/link-check';
import { scaleSite } from '@/scripts/lib/scale-site';

const root = scaleSite.out;
const html = (sitePath: string) => readFileSync(path.join(root, sitePath, 'index.html'), 'utf8');
const page = (sitePath: string) => load(html(sitePath));

const linksIn = ($: ReturnType<typeof load>, selector: string) =>
  $(selector)
    .toArray()
    .map((link) => $(link).attr('href'));

interface Region {
  slug: string;
  counties: string[];
}

let regions: Region[];
let topics: string[];
let counties: string[];

beforeAll(() => {
  if (!existsSync(root)) throw new Error(`${root}/ does not exist: run "npm run test:scale", which builds it.`);
  // Which counties each region lies in, from the published list of municipalities and who covers them.
  const rows: Record<string, string>[] = parse(readFileSync(path.join(root, 'data/municipalities.csv')), {
    bom: true,
    columns: true,
  });
  const countiesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    const county = `${row.country!.toLowerCase()}-${row.county_code}`;
    for (const slug of row.regions!.split(';').filter(Boolean)) {
      countiesOf.set(slug, new Set([...(countiesOf.get(slug) ?? []), county]));
    }
  }
  const data = JSON.parse(readFileSync(path.join(root, 'data/regions.json'), 'utf8'));
  regions = data.regions.map((region: { slug: string }) => ({
    slug: region.slug,
    counties: [...countiesOf.get(region.slug)!],
  }));
  topics = linksIn(page('/sv/compare/'), '#topics + ul a').map((href) => href!.split('/').at(-2)!);
  counties = [...new Set(regions.flatMap((region) => region.counties))];
});

describe('above the list limit', () => {
  it('has more regions than the limit in both countries, counties with several, and one region in two', () => {
    expect(regions.length).toBeGreaterThan(Number(scaleSite.env.LIST_PAGES_MAX_REGIONS));
    const sizes = counties.map((county) => regions.filter((region) => region.counties.includes(county)).length);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(new Set(counties.map((county) => county.slice(0, 2)))).toEqual(new Set(['no', 'se']));
    expect(regions.filter((region) => region.counties.length > 1)).toHaveLength(1);
    expect(topics.length).toBeGreaterThan(5);
  });

  it('the hub, home page and search list link every county part instead of every region', () => {
    const parts = counties.map((county) => `/sv/compare/county/${county}/`).sort();
    const hub = page('/sv/compare/');
    expect(hub('#facts')).toHaveLength(0);
    expect(linksIn(hub, '#counties ~ section a, #counties + p ~ section a').sort()).toEqual(parts);
    const home = page('/sv/');
    expect(linksIn(home, 'a[href^="/sv/regions/"]')).toEqual([]);
    expect(linksIn(home, 'a[href^="/sv/compare/county/"]').sort()).toEqual(parts);
    expect(
      hub('#counties ~ section h3')
        .toArray()
        .map((heading) => hub(heading).text()),
    ).toEqual(['Norge', 'Sverige']);
    const search = page('/sv/search/');
    expect(linksIn(search, '#all-regions + ul a').sort()).toEqual(parts);
  });

  it('each region page links the county parts it is in, where the whole hub was', () => {
    for (const region of regions) {
      const $ = page(`/sv/regions/${region.slug}/`);
      expect(linksIn($, 'a[href^="/sv/compare/county/"]').sort(), region.slug).toEqual(
        region.counties.map((county) => `/sv/compare/county/${county}/`).sort(),
      );
    }
  });

  it("each county's part has every fact cell of its regions, under the hub's ids", () => {
    for (const county of counties) {
      const $ = page(`/sv/compare/county/${county}/`);
      const inCounty = regions.filter((region) => region.counties.includes(county));
      expect(
        $('thead a')
          .toArray()
          .map((link) => link.attribs.href),
      ).toEqual(inCounty.map((region) => `/sv/regions/${region.slug}/`));
      for (const region of inCounty) {
        for (const row of Object.values(factRowIds))
          expect($(`#${row}-${region.slug}`), `${row}-${region.slug}`).toHaveLength(1);
      }
      expect(linksIn($, '#topics + ul a')).toEqual(topics.map((topic) => `/sv/topics/${topic}/county/${county}/`));
    }
  });

  it("each topic's page links its county parts, and each part has the topic's section for each region there", () => {
    for (const topic of topics) {
      const $ = page(`/sv/topics/${topic}/`);
      expect($(`[id^="${topic}-region-"]`)).toHaveLength(0);
      expect(linksIn($, '#counties ~ section a').sort()).toEqual(
        counties.map((county) => `/sv/topics/${topic}/county/${county}/`).sort(),
      );
      for (const county of counties) {
        const part = page(`/sv/topics/${topic}/county/${county}/`);
        const expected = regions
          .filter((region) => region.counties.includes(county))
          .map(({ slug }) => `${topic}-${slug}`);
        expect(
          part(`section[id^="${topic}-region-"]`)
            .toArray()
            .map((section) => section.attribs.id),
        ).toEqual(expected);
      }
    }
  });

  it('the charter page counts statuses and links each county part at its charter row', () => {
    const $ = page('/sv/charter/');
    expect($('#status ~ table, #status + div table')).toHaveLength(0);
    const counted = $('[data-charter-status]')
      .toArray()
      .map((item) => Number(/(\d+) region/.exec($(item).text())?.[1]));
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(regions.length);
    expect(linksIn($, '#counties ~ section a').sort()).toEqual(
      counties.map((county) => `/sv/compare/county/${county}/#${factRowIds.charter}`).sort(),
    );
  });

  it("links to the whole pages' cells go on to the cells on the county parts", () => {
    for (const [sitePath, row] of [
      ['/sv/compare/', factRowIds.plans],
      ['/sv/compare/', topics[0]!],
      [`/sv/topics/${topics[1]}/`, topics[1]!],
    ] as const) {
      const index = page(sitePath)('[data-module="cell-forward"]');
      const forwarding = {
        parts: parseParts(index.attr('data-parts')!),
        factRows: new Set(index.attr('data-fact-rows')!.split(' ')),
        factHref: index.attr('data-fact-href')!,
        topicHref: index.attr('data-topic-href')!,
      };
      expect([...forwarding.parts.keys()].sort()).toEqual(regions.map((region) => region.slug).sort());
      for (const region of regions) {
        const target = forwardedCell(`#${row}-${region.slug}`, forwarding)!;
        const [targetPath, id] = target.split('#');
        expect(page(targetPath!)(`#${id}`), target).toHaveLength(1);
      }
    }
  });

  it('the sitemap lists every part in every locale', () => {
    const sitemap = readFileSync(path.join(root, 'sitemap.xml'), 'utf8');
    for (const locale of ['sv', 'nb', 'en']) {
      for (const county of counties) {
        expect(sitemap).toContain(`/${locale}/compare/county/${county}/</loc>`);
        for (const topic of topics) expect(sitemap).toContain(`/${locale}/topics/${topic}/county/${county}/</loc>`);
      }
    }
  });

  it('no link or #fragment on any page of the split site is broken', () => {
    const { pages, broken } = checkLinks({ root, origin: site.url, basePath: '' });
    expect(pages).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('the pages that list regions stay within 120 KB of HTML', () => {
    for (const sitePath of [
      '/sv/',
      '/sv/compare/',
      '/sv/charter/',
      '/sv/search/',
      ...topics.map((topic) => `/sv/topics/${topic}/`),
    ]) {
      expect(statSync(path.join(root, sitePath, 'index.html')).size, sitePath).toBeLessThan(120 * 1024);
    }
  });
});
