import { describe, expect, it } from 'vitest';

import { translationSources } from '../../lib/cms/translation-sources';
import { textHash } from '../../lib/content/translatable';
import { checkVariant } from '../support/content-fixture';

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

/** A termbase of one term of alpha's source, with its English rendering. */
function termbase(term: string, kind: string, en: string) {
  return [
    'terms:',
    `  - term: ${term}`,
    '    language: sv',
    `    kind: ${kind}`,
    '    renderings:',
    `      en: ${en}`,
    '',
  ].join('\n');
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

  it('accepts the rendering in another form of its last word, and an original kept as the termbase says', async () => {
    const approved = await checkVariant({
      'termbase.yaml': termbase('lika lön', 'legal', '{ approved: equal pay }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'Equal payment for equal work.'),
    });
    expect(approved.messages).toEqual([]);
    const kept = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'legal', '{ keep: true, gloss: gender equality }'),
      'translations/en/alpha.mdx': english(
        'Alpha works for jämställdhet (gender equality).',
        'Equal pay for equal work.',
      ),
    });
    expect(kept.messages).toEqual([]);
  });

  it('refuses a translation that leaves out a term the termbase keeps in the original', async () => {
    const { messages } = await checkVariant({
      'termbase.yaml': termbase('jämställdhet', 'official', '{ keep: true, gloss: gender equality }'),
      'translations/en/alpha.mdx': english('Alpha works for gender equality.', 'Equal pay for equal work.'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/translations/en/alpha.mdx:4:5  entries.summary.text: the source says "jämställdhet", the name of an official body, which the termbase (content/termbase.yaml) keeps in the original; write "jämställdhet" in the translation, with its gloss if the termbase gives one",
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
        "content/translations/en/alpha.mdx:7:5  entries.commitments.lika-lon.statement.text: the source says "lika lön", a document's name, which the termbase (content/termbase.yaml) keeps in the original; write "lika lön" in the translation, with its gloss if the termbase gives one",
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
      { term: 'lika lön', kind: 'legal', renderings: { en: { approved: 'equal pay' } } },
    ]);
    expect(texts.find((text) => text.path === 'summary')?.terms).toEqual([]);
  });
});
