import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { loadContent, type Region } from '../../lib/content/load';
import { commitmentSchema } from '../../lib/content/schema';
import { commitmentColumns, commitmentsCsv, DATA_SCHEMA_VERSION, regionsJson } from '../../lib/open-data';
import { site } from '../../lib/site';

function load(dir: string) {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(`${dir} should load`);
  return result.content;
}

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, skip_empty_lines: true });
}

describe('the commitments CSV', () => {
  it('has the published columns, in their published order', () => {
    const header = commitmentsCsv(load('tests/fixtures/content/valid')).split('\r\n')[0];
    expect(header).toBe(
      '\uFEFFregion,region_name,commitment_id,topic,articles,statement,quote,language,source_title,source_url,page_url,statement_sv,statement_nb,statement_en',
    );
  });

  it('writes each commitment as a reader of the source would: its region, its source and the page it is on', () => {
    const fixture = load('tests/fixtures/content/valid');
    const [alpha, beta] = fixture.regions as [Region, Region];
    const withUrl: Region = {
      ...alpha,
      sources: [{ ...alpha.sources[0]!, url: 'https://alpha.example/plan.pdf' }],
    };
    const base = site.url;
    expect(rowsOf(commitmentsCsv({ regions: [withUrl, beta], translations: [], sourceTexts: {} }))).toEqual([
      {
        region: 'alpha',
        region_name: 'Alpha',
        commitment_id: 'lika-lon',
        topic: 'employer',
        articles: '1',
        statement: 'Lika lön för lika arbete.',
        quote: '',
        language: 'sv',
        source_title: 'Plan för jämställdhet 2017–2020',
        source_url: 'https://alpha.example/plan.pdf',
        page_url: `${base}/sv/regions/alpha/#commitment-lika-lon`,
        // The original in its own language's column; no translation yet in the others.
        statement_sv: 'Lika lön för lika arbete.',
        statement_nb: '',
        statement_en: '',
      },
      {
        region: 'beta',
        region_name: 'Beta',
        commitment_id: 'innkjop',
        topic: 'procurement',
        articles: '2;3',
        statement: 'Innkjøp skal fremme likestilling.',
        quote: '',
        language: 'nb',
        source_title: 'Likestilling',
        source_url: '',
        page_url: `${base}/nb/regions/beta/#commitment-innkjop`,
        statement_sv: '',
        statement_nb: 'Innkjøp skal fremme likestilling.',
        statement_en: '',
      },
    ]);
  });

  it('has one row per commitment of the real content, each pointing at its region page in the source language', () => {
    const content = load('content');
    const rows = rowsOf(commitmentsCsv(content));
    expect(rows.map((row) => `${row.region}/${row.commitment_id}`)).toEqual(
      content.regions.flatMap((region) => region.commitments.map((commitment) => `${region.slug}/${commitment.id}`)),
    );
    for (const row of rows) {
      const locale = row.language === 'nb' ? 'nb' : 'sv';
      expect(row.page_url).toBe(`${site.url}/${locale}/regions/${row.region}/#commitment-${row.commitment_id}`);
      expect(row.source_title).not.toBe('');
    }
  });

  it('quotes what RFC 4180 says must be quoted: quotes, commas, line breaks, and keeps å, ä, ö, æ, ø', () => {
    const fixture = load('tests/fixtures/content/valid');
    const tricky = 'Han sa "lika lön", och sedan:\nny rad; æ ø å ä ö';
    const alpha: Region = {
      ...fixture.regions[0]!,
      commitments: [
        {
          ...fixture.regions[0]!.commitments[0]!,
          statement: commitmentSchema.shape.statement.parse(tricky),
          quote: 'a,b',
        },
      ],
    };
    const csv = commitmentsCsv({ regions: [alpha], translations: [], sourceTexts: {} });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Han sa ""lika lön"", och sedan:\nny rad; æ ø å ä ö"');
    expect(csv).toContain(',"a,b",');
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${commitmentColumns.join(',')}`);
    expect(rowsOf(csv)[0]).toMatchObject({ statement: tricky, quote: 'a,b' });
  });
});

describe('the regions JSON', () => {
  it('carries a schema version, the licence and every region without its file and body', () => {
    const content = load('content');
    const json = regionsJson(content);
    expect(json.schemaVersion).toBe(DATA_SCHEMA_VERSION);
    expect(json.regions.map((region) => region.slug)).toEqual(content.regions.map((region) => region.slug));
    expect(Object.keys(json.regions[0]!)).not.toContain('body');
    expect(Object.keys(json.regions[0]!)).not.toContain('file');
  });
});
