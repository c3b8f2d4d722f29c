import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { loadContent } from '../../lib/content/load';
import { atomFeed, feedEntries } from '../../lib/feed';

const result = loadContent('content');
if (!result.ok) throw new Error('the content should load');
const { regions } = result.content;
const xml = atomFeed(result.content);

describe('the Atom feed', () => {
  it('is well-formed XML in the Atom namespace with the elements Atom requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeTruthy();
    for (const entry of feed.entry) {
      for (const field of ['id', 'title', 'updated']) expect(entry[field], field).toBeTruthy();
      expect(entry.link['@_href']).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });

  it('has an entry for every region page, dated by its review, and one for every logged change', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const entries: { id: string; updated: string }[] = feed.entry;
    for (const region of regions) {
      const page = entries.find((entry) => entry.id.endsWith(`/regions/${region.slug}/`));
      expect(page?.updated.slice(0, 10), region.slug).toBe(region.reviewed);
      for (const change of region.changes) {
        expect(entries.some((entry) => entry.id.endsWith(`/regions/${region.slug}/#change-${change.date}`))).toBe(true);
      }
    }
    expect(entries).toHaveLength(regions.length + regions.reduce((count, region) => count + region.changes.length, 0));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('holds only the latest entries, newest first, however many regions there are', () => {
    // Copies of the real regions under other slugs, each reviewed a day later than the one before.
    const many = Array.from({ length: 40 }, (_, index) =>
      regions.map((region) => ({
        ...region,
        slug: `${region.slug}-${index}`,
        reviewed: `2030-01-${String(1 + (index % 28)).padStart(2, '0')}`,
      })),
    ).flat();
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(atomFeed({ ...result.content, regions: many }));
    const dates: string[] = feed.entry.map((entry: { updated: string }) => entry.updated);
    expect(dates).toHaveLength(feedEntries);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]!.slice(0, 10)).toBe('2030-01-28');
  });
});
