import { describe, expect, it } from 'vitest';

import { translationSources } from '../../lib/cms/translation-sources';
import { textHash } from '../../lib/content/translatable';
import { checkVariant, fixtureText } from '../support/content-fixture';

const summary = 'Alpha arbetar för jämställdhet.';
const statement = 'Lika lön för lika arbete.';

/** An English translation of the fixture's alpha: its summary and its statement, in these words. */
function english(summaryText: string, statementText: string) {
  return [
    '---',
    'entries:',
    '  summary:',
    `    text: ${summaryText}`,
    `    of: ${textHash(summary)}`,
    '  commitments.lika-lon.statement:',
    `    text: ${statementText}`,
    `    of: ${textHash(statement)}`,
    '---',
    '',
  ].join('\n');
}

/** A termbase of one term of alpha's source, with its English rendering (and the original kept in Norwegian). */
function termbase(term: string, kind: string, en: string) {
  return [
    'terms:',
    `  - term: ${term}`,
    '    language: sv',
    `    kind: ${kind}`,
    '    renderings:',
    `      en: ${en}`,
    '      nb: { keep: true }',
    '',
  ].join('\n');
}

/** english(), with a translated narrative: the hash of alpha's narrative, and these words below the fields. */
function withNarrative(translation: string, narrative: string) {
  const source = fixtureText('regions/alpha.mdx');
  const body = source.slice(source.indexOf('\n---\n') + 5);
  return translation.replace(/---\n$/, `bodyOf: ${textHash(body)}\n---\n${narrative}`);
}

describe('the termbase check', () => {
  it('refuses a current translation without the approved rendering of a legal term, with file, line and field', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ approved: equal pay }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'The same wage for the same work.'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:7:5  entries.commitments.lika-lon.statement.text: the source says "lika lön", a legal term, which the termbase (content/termbase.yaml) translates as "equal pay"; write "equal pay" in the translation",
      ]
    `);
  });

  it('accepts the rendering with an ending, and an original kept with its gloss; not a longer word', async () => {
    const inflected = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'legal', '{ approved: gender equality }'),
      'translations/en/alpha.mdx': english("Alpha works for gender equality's sake.", 'Equal pay for equal work.'),
    });
    expect(inflected.messages).toEqual([]);
    const kept = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'legal', '{ keep: true, gloss: gender equality }'),
      'translations/en/alpha.mdx': english(
        'Alpha works for jämställdhet (gender equality).',
        'Equal pay for equal work.',
      ),
    });
    expect(kept.messages).toEqual([]);
    const longer = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ approved: equal pay }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'Equal payment for equal work.'),
    });
    expect(longer.messages).toHaveLength(1);
  });

  it('refuses a kept term without its gloss: the word alone tells the reader nothing', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'legal', '{ keep: true, gloss: gender equality }'),
      'translations/en/alpha.mdx': english('Alpha works for jämställdhet (equality).', 'Equal pay for equal work.'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:4:5  entries.summary.text: the translation keeps "jämställdhet", a legal term, but not its gloss from the termbase (content/termbase.yaml); write "gender equality" in brackets after it",
      ]
    `);
  });

  it('refuses a term that leaves a locale without a rendering', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': [
        'terms:',
        '  - term: lika lön',
        '    language: sv',
        '    kind: legal',
        '    renderings:',
        '      en: { approved: equal pay }',
        '',
      ].join('\n'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/termbase.yaml:5:5  terms[0].renderings: the term has no rendering for nb; give one (approved: or keep: true), or the check cannot hold nb translations to it",
      ]
    `);
  });

  it('places a miss in the translated narrative at the narrative, below the fields', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'legal', '{ approved: gender equality }'),
      'translations/en/alpha.mdx': withNarrative(
        english('Alpha works for gender equality.', 'Equal pay for equal work.'),
        '\n## About the work\n\nAlpha works for equality.\n',
      ),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:12:1  the source says "jämställdhet", a legal term, which the termbase (content/termbase.yaml) translates as "gender equality"; write "gender equality" in the translation",
      ]
    `);
  });

  it('refuses a translation that leaves out a term the termbase keeps in the original', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'official', '{ keep: true, gloss: gender equality }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'Equal pay for equal work.'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:4:5  entries.summary.text: the source says "jämställdhet", the name of an official body, which the termbase (content/termbase.yaml) keeps in the original; write "jämställdhet" in the translation",
      ]
    `);
  });

  it("only warns where a document's name is rendered otherwise, and the site still builds", async () => {
    const { result, warnings } = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'document', '{ keep: true }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'Equal pay for equal work.'),
    });
    expect(result.ok).toBe(true);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:7:5  entries.commitments.lika-lon.statement.text: the source says "lika lön", a document's name, which the termbase (content/termbase.yaml) keeps in the original; write "lika lön" in the translation",
      ]
    `);
  });

  it('holds an outdated translation to nothing: it waits for its translator, terms and all', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ approved: equal pay }'),
      'translations/en/alpha.mdx': english(
        'Alpha works for gender equality.',
        'The same wage for the same work.',
      ).replace(textHash(statement), 'bbbbbbbb'),
    });
    expect(messages).toEqual([]);
  });

  it('refuses a rendering that says neither what to write nor to keep the term', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ gloss: equal pay }'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/termbase.yaml:6:7  terms[0].renderings.en: give either approved: (the rendering to write) or keep: true (the term stays in the original), not both and not neither",
      ]
    `);
  });

  it("gives the web editor's translators the terms each source text uses, and how each locale renders them", async () => {
    const { result } = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ approved: equal pay }'),
    });
    if (!result.ok) throw new Error('the fixture with a termbase should load');
    const texts = translationSources(result.content).alpha!.texts;
    expect(texts.find((text) => text.path === 'commitments.lika-lon.statement')?.terms).toEqual([
      {
        term: 'lika lön',
        kind: 'legal',
        renderings: { en: { approved: 'equal pay', accept: [] }, nb: { keep: true, accept: [] } },
      },
    ]);
    expect(texts.find((text) => text.path === 'summary')?.terms).toEqual([]);
  });
});
