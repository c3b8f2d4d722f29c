import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import type { LocalisedRegion } from '../../lib/content';
import type { Content } from '../../lib/content/load';
import { localiseContent } from '../../lib/content/localise';
import { textHash, translatablePathPattern } from '../../lib/content/translatable';
import { entryStates, translationCounts } from '../../lib/content/translations';
import { commitmentsCsv, regionsJson } from '../../lib/open-data';
import { checkVariant, fixtureText, validFixture } from '../support/content-fixture';

const statement = 'Lika lön för lika arbete.';
const summary = 'Alpha arbetar för jämställdhet.';

/** An English translation of the fixture's region alpha: its summary and its one statement. */
function english(of = { summary: textHash(summary), statement: textHash(statement) }) {
  return [
    '---',
    'entries:',
    '  summary:',
    '    text: Alpha works for gender equality.',
    `    of: ${of.summary}`,
    '  commitments.lika-lon.statement:',
    '    text: Equal pay for equal work.',
    `    of: ${of.statement}`,
    '---',
    '',
  ].join('\n');
}

async function load(files: Record<string, string>): Promise<Content> {
  const { result, messages } = await checkVariant(files);
  if (!result.ok) throw new Error(messages.join('\n'));
  return result.content;
}

function stateOf(content: Content, locale: string, path: string) {
  const translation = content.translations.find(
    (candidate) => candidate.slug === 'alpha' && candidate.locale === locale,
  );
  return entryStates(content.sourceTexts.alpha!, translation).find((state) => state.path === path)?.status;
}

describe('translations of a region', () => {
  it('are current while the source text they record is the source text', async () => {
    const content = await load({ 'translations/en/alpha.mdx': english() });
    expect(stateOf(content, 'en', 'commitments.lika-lon.statement')).toBe('current');
    expect(stateOf(content, 'en', 'summary')).toBe('current');
  });

  it('are outdated once the source statement changes, and missing where there is none', async () => {
    const changed = fixtureText('regions/alpha.mdx').replace(statement, 'Lika lön för likvärdigt arbete.');
    const content = await load({ 'translations/en/alpha.mdx': english(), 'regions/alpha.mdx': changed });
    expect(stateOf(content, 'en', 'commitments.lika-lon.statement')).toBe('outdated');
    expect(stateOf(content, 'en', 'summary')).toBe('current');
    expect(stateOf(content, 'en', 'charter.note')).toBe('missing');
    expect(stateOf(content, 'nb', 'summary')).toBe('missing');
  });

  it('are counted per region and locale: current, outdated and missing', async () => {
    const changed = fixtureText('regions/alpha.mdx').replace(statement, 'Lika lön för likvärdigt arbete.');
    const content = await load({ 'translations/en/alpha.mdx': english(), 'regions/alpha.mdx': changed });
    const alpha = translationCounts(content).filter((count) => count.slug === 'alpha');
    const total = content.sourceTexts.alpha!.length;
    expect(alpha).toEqual([
      { slug: 'alpha', locale: 'nb', current: 0, outdated: 0, missing: total },
      { slug: 'alpha', locale: 'en', current: 1, outdated: 1, missing: total - 2 },
    ]);
  });

  it('refuse an entry for an unknown id, or for a text that is not translated, with file, line and field', async () => {
    const text = english()
      .replace('commitments.lika-lon.statement:', 'commitments.lika-lonn.statement:')
      .replace(/---\n$/, '  commitments.lika-lon.quote:\n    text: x\n    of: bcdfghjk\n---\n');
    const { messages } = await checkVariant({ 'translations/en/alpha.mdx': text });
    expect(messages).toEqual([
      'content/translations/en/alpha.mdx:6:3  entries.commitments.lika-lonn.statement: the region file has no text at commitments.lika-lonn.statement; check the id (npm run translations -- <slug> <language> lists every text)',
      "content/translations/en/alpha.mdx:9:3  entries.commitments.lika-lon.quote: commitments.lika-lon.quote is not translated: names, quotes and facts stay the source's; this part's texts to translate: commitments.lika-lon.statement",
    ]);
  });

  it('refuse a file in a folder that is no locale, of a region that does not exist, or into the source language', async () => {
    const { messages } = await checkVariant({
      'translations/english/alpha.mdx': english(),
      'translations/en/gamma.mdx': english(),
      'translations/sv/alpha.mdx': english(),
    });
    expect(messages).toEqual([
      `content/translations/en/gamma.mdx:1:1  there is no region file content/regions/gamma.mdx for this translation; name the file as the region's`,
      `content/translations/english/alpha.mdx:1:1  translations go in a folder named for the site's language they are in (sv, nb, en), not "english"`,
      'content/translations/sv/alpha.mdx:1:1  the region is written in sv: a translation into its own language is not needed; delete the file',
    ]);
  });

  it('refuse a hash that is not one, and check the translated text by the rules of MDX', async () => {
    const text = `${english({ summary: 'latest', statement: textHash(statement) })}<script>alert(1)</script>\n`;
    const { messages } = await checkVariant({ 'translations/en/alpha.mdx': text });
    expect(messages).toEqual([
      'content/translations/en/alpha.mdx:5:5  entries.summary.of: write the hash of the source text, eight letters as npm run translations shows it; found the text "latest"',
      'content/translations/en/alpha.mdx:10:1  <script> is not allowed in content: the content files may not run or embed code.',
    ]);
  });

  it('record the narrative they translate in bodyOf, and point a file that still says body to it', async () => {
    const narrative = fixtureText('regions/alpha.mdx').split(/^---$/m).slice(2).join('---');
    const translated = (key: string) =>
      english().replace(/---\n$/, `${key}: ${textHash(narrative)}\n---\n## About the work\n\nAlpha works.\n`);
    const content = await load({ 'translations/en/alpha.mdx': translated('bodyOf') });
    expect(stateOf(content, 'en', 'body')).toBe('current');
    const { messages } = await checkVariant({ 'translations/en/alpha.mdx': translated('body') });
    expect(messages).toEqual([
      'content/translations/en/alpha.mdx:9:1  body: unknown field "body"; did you mean "bodyOf"? Fields allowed here: entries, bodyOf.',
    ]);
  });
});

describe('what a page shows of a region text', () => {
  it("shows a current translation in the page's language, and otherwise the source's words with the reason", async () => {
    const changed = fixtureText('regions/alpha.mdx').replace(statement, 'Lika lön för likvärdigt arbete.');
    const content = await load({ 'translations/en/alpha.mdx': english(), 'regions/alpha.mdx': changed });
    const alpha = content.regions.find((region) => region.slug === 'alpha')!;
    const [en] = localiseContent({ ...content, regions: [alpha] }, 'en');
    expect(en!.summary).toEqual({ text: 'Alpha works for gender equality.', lang: 'en', status: 'current' });
    expect(en!.commitments[0]!.statement).toEqual({
      text: 'Lika lön för likvärdigt arbete.',
      lang: 'sv',
      status: 'outdated',
    });
    expect(en!.charter).toMatchObject({ note: { lang: 'sv', status: 'missing' } });
    const [sv] = localiseContent({ ...content, regions: [alpha] }, 'sv');
    expect(sv!.summary).toEqual({ text: alpha.summary, lang: 'sv', status: 'source' });
  });

  it('takes the fields a translation may carry from the marks on the schema: these, and no others', () => {
    expect(translatablePathPattern().slice(4, -2).split('|')).toMatchInlineSnapshot(`
      [
        "summary",
        "charter\\.note",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.title",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.description",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.periodNote",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.revision",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.focusAreas\\.\\d+",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.goals\\.\\d+",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.activities\\.\\d+\\.activity",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.activities\\.\\d+\\.when",
        "plans\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.activities\\.\\d+\\.responsible",
        "commitments\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.statement",
        "bodies\\.\\d+\\.membersNote",
        "bodies\\.\\d+\\.role",
        "partners\\.\\d+\\.description",
        "projects\\.\\d+\\.description",
        "figures\\.\\d+\\.label",
        "figures\\.\\d+\\.asOfNote",
        "tools\\.\\d+\\.purpose",
        "contacts\\.\\d+\\.role",
        "sources\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.dateNote",
        "sources\\.[a-z0-9]+(?:-[a-z0-9]+)*\\.note",
        "changes\\.\\d{4}-\\d{2}-\\d{2}\\.summary",
      ]
    `);
  });

  it('shows, in a localised region, each text the translations may carry, and nothing else', async () => {
    const content = await load({ 'translations/en/alpha.mdx': english() });
    for (const region of content.regions) {
      const [{ narrative, ...fields }] = localiseContent({ ...content, regions: [region] }, 'en') as [LocalisedRegion];
      // Every shown text in the localised region, by its path: list items by id or date where they have one.
      const found: string[] = [];
      const visit = (value: unknown, path: string[]): void => {
        if (Array.isArray(value)) {
          value.forEach((item, index) => visit(item, [...path, String(item?.id ?? item?.date ?? index)]));
        } else if (typeof value === 'object' && value !== null) {
          if ('status' in value && 'lang' in value && 'text' in value) found.push(path.join('.'));
          else for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
        }
      };
      visit(fields, []);
      const texts = content.sourceTexts[region.slug]!;
      expect(found.sort()).toEqual(
        texts
          .map((text) => text.path)
          .filter((path) => path !== 'body')
          .sort(),
      );
      expect(narrative === undefined).toBe(!texts.some((text) => text.path === 'body'));
    }
  });
});

describe('the open data', () => {
  it('carries current translations in a column per locale, and each translation with its state in the JSON', async () => {
    const changed = fixtureText('regions/alpha.mdx').replace(summary, 'Alpha arbetar för jämställdhet i hela länet.');
    const content = await load({ 'translations/en/alpha.mdx': english(), 'regions/alpha.mdx': changed });
    const csv = parse(commitmentsCsv(content), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv[0]).toMatchObject({
      statement: statement,
      statement_sv: statement,
      statement_en: 'Equal pay for equal work.',
    });
    const english_ = regionsJson(content).translations.find(
      (entry) => entry.region === 'alpha' && entry.locale === 'en',
    );
    expect(english_).toMatchObject({
      current: 1,
      outdated: 1,
      entries: {
        summary: { text: 'Alpha works for gender equality.', status: 'outdated' },
        'commitments.lika-lon.statement': { text: 'Equal pay for equal work.', status: 'current' },
      },
    });
  });
});

describe('npm run translations', () => {
  it('prints the table of every region and locale, with missing and outdated counted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
    try {
      cpSync(validFixture, dir, { recursive: true });
      mkdirSync(path.join(dir, 'translations/en'), { recursive: true });
      writeFileSync(
        path.join(dir, 'translations/en/alpha.mdx'),
        english({ summary: 'bbbbbbbb', statement: textHash(statement) }),
      );
      const output = execFileSync('node_modules/.bin/tsx', ['scripts/translations.ts'], {
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
      const lines = output
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/));
      expect(lines[0]).toEqual(['region', 'locale', 'current', 'outdated', 'missing']);
      expect(lines).toContainEqual(['alpha', 'en', '1', '1', expect.any(String)]);
      expect(lines).toContainEqual(['beta', 'en', '0', '0', expect.any(String)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
