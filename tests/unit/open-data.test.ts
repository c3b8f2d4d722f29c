import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent, type Region } from '../../lib/content/load';
import { commitmentColumns, commitmentsCsv, DATA_SCHEMA_VERSION, regionsJson } from '../../lib/open-data';

function load(dir: string) {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(`${dir} should load`);
  return result.content;
}

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, skip_empty_lines: true });
}

describe('the commitments CSV', () => {
  it('parses back to exactly the content commitments, one row each', () => {
    const content = load('content');
    const rows = rowsOf(commitmentsCsv(content));
    const expected = content.regions.flatMap((region) =>
      region.commitments.map((commitment) => ({
        region: region.slug,
        commitment_id: commitment.id,
        topic: commitment.topic ?? '',
        articles: commitment.articles.join(';'),
        statement: commitment.statement,
        quote: commitment.quote ?? '',
        language: region.language,
      })),
    );
    expect(
      rows.map(({ region, commitment_id, topic, articles, statement, quote, language }) => ({
        region,
        commitment_id,
        topic,
        articles,
        statement,
        quote,
        language,
      })),
    ).toEqual(expected);
    expect(Object.keys(rows[0]!)).toEqual([...commitmentColumns]);
  });

  it('quotes what RFC 4180 says must be quoted: quotes, commas, line breaks, and keeps å, ä, ö, æ, ø', () => {
    const fixture = load('tests/fixtures/content/valid');
    const tricky = 'Han sa "lika lön", och sedan:\nny rad; æ ø å ä ö';
    const alpha: Region = {
      ...fixture.regions[0]!,
      commitments: [{ ...fixture.regions[0]!.commitments[0]!, statement: tricky, quote: 'a,b' }],
    };
    const csv = commitmentsCsv({ regions: [alpha] });
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
