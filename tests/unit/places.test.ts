import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

import { loadContent } from '../../lib/content/load';
import { countyParts, partsToBuild } from '../../lib/places/county-parts';
import { coverage, type PlacedRegion } from '../../lib/places/coverage';
import { drawLocator, drawOverview } from '../../lib/places/drawings';
import { layoutLabels } from '../../lib/places/labels';
import { municipalitiesCsv, regionsGeojson } from '../../lib/places/open-data';
import { getRegister, municipalityAnchor } from '../../lib/places/register';
import { unionOf } from '../../lib/places/shapes';
import { municipalitiesInFacts } from '../support/places';

function content() {
  const result = loadContent('content');
  if (!result.ok) throw new Error('the content should load');
  return result.content;
}

const region = (slug: string, country: 'SE' | 'NO', codes: string[]): PlacedRegion => ({
  slug,
  name: slug,
  country,
  place: { municipalities: codes, source: 'register' },
});

describe('the municipality register', () => {
  const register = getRegister();

  it('has every municipality of Sweden and Norway, each in a county named in sv, nb and en', () => {
    const count = (country: string) => register.municipalities.filter((m) => m.country === country).length;
    expect([count('SE'), count('NO')]).toEqual([290, 357]);
    expect(register.counties.filter((county) => county.country === 'SE')).toHaveLength(21);
    expect(register.counties.filter((county) => county.country === 'NO')).toHaveLength(15);
    expect(register.find('SE', '2403')?.county.name).toEqual({
      sv: 'Västerbottens län',
      nb: 'Västerbottens län',
      en: 'Västerbotten County',
    });
    expect(register.find('NO', '3427')).toMatchObject({ name: 'Tynset', county: { code: '34' } });
  });

  it('tells a code apart by country: 1860 is Laxå in Sweden and Vestvågøy in Norway', () => {
    expect(register.find('SE', '1860')?.name).toBe('Laxå');
    expect(register.find('NO', '1860')?.name).toBe('Vestvågøy');
    expect(municipalityAnchor({ country: 'SE', code: '1860' })).toBe('se-1860');
    expect(municipalityAnchor({ country: 'NO', code: '1860' })).toBe('no-1860');
    expect(municipalityAnchor({ country: 'SE', code: '2403' })).toBe('2403');
    const anchors = register.municipalities.map((municipality) => municipalityAnchor(municipality));
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('which regions cover a municipality', () => {
  it('is, for the five regions, exactly what FACTS.md says: 64 municipalities', () => {
    const covered = coverage(content().regions);
    const expected = Object.entries(municipalitiesInFacts).flatMap(([slug, { country, codes }]) =>
      codes.map((code) => [`${country}-${code}`, [slug]]),
    );
    expect(expected).toHaveLength(64);
    expect(Object.fromEntries([...covered].map(([key, regions]) => [key, regions.map((r) => r.slug)]))).toEqual(
      Object.fromEntries(expected),
    );
  });

  it('does not count Örnsköldsvik, which the Umeåregionen source names as a partner, as covered', () => {
    expect(coverage(content().regions).get('SE-2284')).toBeUndefined();
  });

  it('lists every region that covers a municipality where regions overlap', () => {
    const county = region('vasterbotten', 'SE', ['2401', '2403', '2482']);
    const cooperation = region('umea', 'SE', ['2403', '2480']);
    const covered = coverage([county, cooperation]);
    expect(covered.get('SE-2403')?.map((r) => r.slug)).toEqual(['vasterbotten', 'umea']);
    expect(covered.get('SE-2482')?.map((r) => r.slug)).toEqual(['vasterbotten']);
  });
});

describe('the county parts the list pages split into above the list limit', () => {
  const bjurholm = region('bjurholm', 'SE', ['2403']);
  const umea = region('umea-och-lulea', 'SE', ['2480', '2580']);
  const oslo = region('oslo', 'NO', ['0301']);

  it("are the counties with regions, in the register's order, a region across two in both", () => {
    const parts = countyParts([bjurholm, umea, oslo]);
    expect(parts.map((part) => [part.key, part.regions.map((one) => one.slug)])).toEqual([
      ['no-03', ['oslo']],
      ['se-24', ['bjurholm', 'umea-och-lulea']],
      ['se-25', ['umea-och-lulea']],
    ]);
    expect(parts[1]!.name).toEqual({ sv: 'Västerbottens län', nb: 'Västerbottens län', en: 'Västerbotten County' });
  });

  it('are all built above the limit, and only the first, unlisted, below it', () => {
    const many = Array.from({ length: 21 }, (_, index) => region(`r${index}`, 'SE', [index % 2 ? '2403' : '2580']));
    expect(partsToBuild(many).map((part) => part.key)).toEqual(['se-24', 'se-25']);
    expect(partsToBuild(many.slice(0, 20)).map((part) => part.key)).toEqual(['se-24']);
  });
});

describe('the municipalities CSV', () => {
  it('has one row per municipality, with its county and the regions that cover it', () => {
    const rows: Record<string, string>[] = parse(municipalitiesCsv(content().regions), {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0]!)).toEqual(['code', 'name', 'county_code', 'county', 'country', 'regions']);
    expect(rows).toHaveLength(647);
    expect(rows.find((row) => row.code === '2403')).toEqual({
      code: '2403',
      name: 'Bjurholm',
      county_code: '24',
      county: 'Västerbottens län',
      country: 'SE',
      regions: 'umearegionen',
    });
    expect(rows.find((row) => row.code === '3427' && row.country === 'NO')?.regions).toBe('hedmark');
    expect(rows.filter((row) => row.regions !== '')).toHaveLength(64);
  });
});

/** The signed area of a ring in longitude and latitude: positive when it runs counterclockwise. */
function shoelace(ring: Position[]): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[index + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum / 2;
}

/** A shape's area on the sphere, whichever way its rings run. */
const areaOf = (shape: MultiPolygon) => {
  const area = geoArea(shape);
  return Math.min(area, 4 * Math.PI - area);
};

describe('regions.geojson', () => {
  const geojson = regionsGeojson(content().regions);

  it('is valid GeoJSON (RFC 7946): one Feature per region, with its slug and name', () => {
    expect(() => check(JSON.stringify(geojson))).not.toThrow();
    expect(geojson.features.map((feature) => [feature.properties.slug, feature.properties.name])).toEqual([
      ['halland', 'Halland'],
      ['hedmark', 'Hedmark'],
      ['norrbotten', 'Norrbotten'],
      ['umearegionen', 'Umeåregionen'],
      ['varmland', 'Värmland'],
    ]);
  });

  it('is in WGS84 longitude and latitude, outer rings counterclockwise and holes clockwise', () => {
    for (const feature of geojson.features) {
      for (const polygon of feature.geometry.coordinates) {
        polygon.forEach((ring, index) => {
          expect(ring[0]).toEqual(ring.at(-1));
          expect(ring.length).toBeGreaterThanOrEqual(4);
          for (const [longitude, latitude] of ring) {
            expect(longitude).toBeGreaterThan(4);
            expect(longitude).toBeLessThan(32);
            expect(latitude).toBeGreaterThan(55);
            expect(latitude).toBeLessThan(72);
          }
          if (index === 0) expect(shoelace(ring), feature.properties.slug).toBeGreaterThan(0);
          else expect(shoelace(ring), `${feature.properties.slug}, hole`).toBeLessThan(0);
        });
      }
    }
  });

  it("gives each region an area within 15 % of the sum of its municipalities' areas", () => {
    const register = getRegister();
    for (const feature of geojson.features) {
      const { country, municipalities } = feature.properties;
      const sum = municipalities
        .map((code) => register.find(country as 'SE' | 'NO', code)!)
        .reduce((total, municipality) => total + areaOf(unionOf([municipality])), 0);
      const ratio = areaOf(feature.geometry) / sum;
      expect(ratio, feature.properties.slug).toBeGreaterThan(0.85);
      expect(ratio, feature.properties.slug).toBeLessThan(1.15);
    }
  });

  it('has the areas the reference figures give: Hedmark before 2020 about 27,200 km², Halland 6,350', () => {
    const km2 = (slug: string) =>
      areaOf(geojson.features.find((feature) => feature.properties.slug === slug)!.geometry) * 6371.0088 ** 2;
    expect(km2('hedmark')).toBeGreaterThan(27_200 * 0.85);
    expect(km2('hedmark')).toBeLessThan(27_200 * 1.15);
    expect(km2('halland')).toBeGreaterThan(6_350 * 0.85);
    expect(km2('halland')).toBeLessThan(6_350 * 1.15);
  });
});

describe('the maps', () => {
  it('draw both countries and each region, with a label for each', () => {
    const regions = content().regions;
    const drawing = drawOverview(
      regions.map((r) => ({
        id: r.slug,
        country: r.country,
        municipalities: r.place.municipalities.map((code) => ({ country: r.country, code })),
      })),
      (id) => [id],
    );
    expect(drawing.land.map((land) => land.country).sort()).toEqual(['NO', 'SE']);
    expect(drawing.areas.map((area) => area.id).sort()).toEqual(regions.map((r) => r.slug).sort());
    for (const area of drawing.areas) {
      expect(area.d).toMatch(/^M\d/);
      expect(area.label.y).toBeGreaterThan(0);
      expect(area.label.y).toBeLessThanOrEqual(drawing.height);
    }
    // In the order of the list beside the map, which keyboard focus follows.
    expect(drawing.areas.map((area) => area.id)).toEqual(regions.map((r) => r.slug));
  });

  it('mark a region of one small municipality with a dot, where its shape is too small to see', () => {
    // Randaberg, among the smallest municipalities: simplified for the map, it has no area left.
    const drawing = drawOverview(
      [{ id: 'randaberg', country: 'NO', municipalities: [{ country: 'NO', code: '1127' }] }],
      (id) => [id],
    );
    const [area] = drawing.areas;
    expect(area!.marker?.every(Number.isFinite)).toBe(true);
    expect([area!.label.x, area!.label.y].every(Number.isFinite)).toBe(true);
    expect(
      drawOverview([{ id: 'halland', country: 'SE', municipalities: [{ country: 'SE', code: '1380' }] }], (id) => [id])
        .areas[0]!.marker,
    ).toBeUndefined();
  });

  it('draw a smaller region that overlaps a larger one after it, so that it shows on top', () => {
    const codes = (...list: string[]) => list.map((code) => ({ country: 'SE' as const, code }));
    const drawing = drawOverview(
      [
        { id: 'umea', country: 'SE', municipalities: codes('2403', '2480') },
        { id: 'vasterbotten', country: 'SE', municipalities: codes('2401', '2403', '2480', '2482', '2418') },
        { id: 'halland', country: 'SE', municipalities: codes('1380') },
      ],
      (id) => [id],
    );
    expect(drawing.areas.map((area) => area.id)).toEqual(['vasterbotten', 'umea', 'halland']);
  });

  it("draw a region's municipalities' borders inside it on the locator map", () => {
    const umea = content().regions.find((r) => r.slug === 'umearegionen')!;
    const drawing = drawLocator({
      id: umea.slug,
      country: umea.country,
      municipalities: umea.place.municipalities.map((code) => ({ country: umea.country, code })),
    });
    expect(drawing.area).toMatch(/^M\d/);
    expect(drawing.borders).toMatch(/^M\d/);
  });

  it('set labels in the column apart, however close their shapes are', () => {
    const close = ['a', 'b', 'c'].map((id, index) => ({
      id,
      country: 'SE' as const,
      centroid: [100, 200 + index] as [number, number],
      top: 190,
      lines: [id],
    }));
    const { labels } = layoutLabels(close, 300, 400);
    const ys = labels.map((label) => label.y).sort((a, b) => a - b);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(24);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(24);
  });
});
