import { describe, expect, it } from 'vitest';

import { checkVariant, fixtureText } from '../support/content-fixture';

const alpha = fixtureText('regions/alpha.mdx');
const beta = fixtureText('regions/beta.mdx');

/** alpha.mdx with one piece of text replaced; fails the test if the piece is not there. */
function alphaWith(find: string, replace: string): string {
  expect(alpha).toContain(find);
  return alpha.replace(find, replace);
}

describe('the content check, on content that is right', () => {
  it('accepts the valid fixture, with an unquoted date and a quoted one (both text in YAML 1.2)', async () => {
    const { result, messages } = await checkVariant({});
    expect(messages).toEqual([]);
    expect(result.ok && result.content.regions.map((region) => [region.slug, region.reviewed])).toEqual([
      ['alpha', '2026-01-15'],
      ['beta', '2026-02-01'],
    ]);
  });

  it('checks a draft (a file starting with _) but does not publish it', async () => {
    const { result } = await checkVariant({ 'regions/_gamma.mdx': alpha.replace('slug: alpha', 'slug: gamma') });
    expect(result.ok && result.content.regions.map((region) => region.slug)).toEqual(['alpha', 'beta']);
    expect(result.ok && result.content.drafts.map((region) => region.slug)).toEqual(['gamma']);
  });
});

describe('the content check, on each kind of mistake, says where and what in plain words', () => {
  it('invalid YAML', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith('summary: Alpha arbetar för jämställdhet.', 'summary: Alpha: ett län'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:10  this line cannot be read as "field: value": the text contains a colon followed by a space. Put the whole text in double quotes.",
      ]
    `);
  });

  it('a missing required field', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('name: Alpha\n', '') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:2:1  name: is required but missing",
      ]
    `);
  });

  it('a wrong type', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith('      from: 2017', '      from: tjugo'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:22:7  plans[0].period.from: should be a number, but is the text "tjugo"",
      ]
    `);
  });

  it('an unknown field, with the likely intended one', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('    statement:', '    statment:') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:26:5  commitments[0].statement: is required but missing",
        "content/regions/alpha.mdx:29:5  commitments[0].statment: unknown field "statment"; did you mean "statement"? Fields allowed here: id, topic, articles, statement, quote, source.",
      ]
    `);
  });

  it('a variant that does not exist', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith('status: signed', 'status: undertecknad'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:14:3  charter.status: must be one of "signed", "decided", "referenced", "not-mentioned"; found the text "undertecknad"",
      ]
    `);
  });

  it('an unknown topic', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('topic: employer', 'topic: lön') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:27:5  commitments[0].topic: unknown topic "lön"; known topics: employer, procurement",
      ]
    `);
  });

  it('an unknown article', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('articles: [1]', 'articles: [1, 31]') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:28:19  commitments[0].articles[1]: unknown article 31; the charter has articles 1-3",
      ]
    `);
  });

  it('an unknown source id', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(
        '    statement: Lika lön för lika arbete.\n    source: plan',
        '    statement: Lika lön för lika arbete.\n    source: planen',
      ),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:30:5  commitments[0].source: unknown source "planen"; sources in this file: plan",
      ]
    `);
  });

  it('a period that ends before it starts', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith('      from: 2017\n      to: 2020', '      from: 2017\n      to: 2015'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:23:7  plans[0].period.to: the period ends (2015) before it starts (2017)",
      ]
    `);
  });

  it('the same commitment twice', async () => {
    const again = '    source: plan\nplace:';
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(
        again,
        '    source: plan\n  - id: lika-lon-igen\n    topic: employer\n    statement: Lika lön för  lika arbete.\n    source: plan\nplace:',
      ),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:33:5  commitments[1].statement: the same commitment as commitments[0] (same topic and statement)",
      ]
    `);
  });

  it('a duplicate slug', async () => {
    const { messages } = await checkVariant({ 'regions/beta.mdx': beta.replace('slug: beta', 'slug: alpha') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/beta.mdx:2:1  slug: the slug "alpha" must be the file name without .mdx: "beta"",
        "content/regions/beta.mdx:2:1  slug: the slug "alpha" is also used by content/regions/alpha.mdx",
      ]
    `);
  });

  it('a slug that a page of the site already uses', async () => {
    const { messages } = await checkVariant({
      'regions/pair.mdx': alpha.replace('slug: alpha', 'slug: pair'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/pair.mdx:2:1  slug: the slug "pair" is taken by a page of the site; choose another",
      ]
    `);
  });

  it("a slug that is the web editor's folder, whose wider security policy a region page must not get", async () => {
    const { messages } = await checkVariant({
      'regions/admin.mdx': alpha.replace('slug: alpha', 'slug: admin'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/admin.mdx:2:1  slug: the slug "admin" is taken by a page of the site; choose another",
      ]
    `);
  });

  it('a slug that is not the file name', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('slug: alpha', 'slug: alfa') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:2:1  slug: the slug "alfa" must be the file name without .mdx: "alpha"",
      ]
    `);
  });

  it('an MDX syntax error', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': `${alpha}\nEn mening med <3 och {klammer.\n` });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:45:16  the text cannot be read as MDX: Unexpected character \`3\` (U+0033) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`. In MDX, < and { start code; to write them as text, put a backslash before them: \\< and \\{.",
      ]
    `);
  });

  it('a disallowed element and a disallowed attribute', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': `${alpha}\n<script>alert(1)</script>\n\n<iframe src="https://example.org" />\n\n<Lang lang="en" onClick="steal()">hi</Lang>\n`,
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:45:1  <script> is not allowed in content: the content files may not run or embed code.",
        "content/regions/alpha.mdx:47:1  <iframe> is not allowed in content: the content files may not run or embed code.",
        "content/regions/alpha.mdx:49:1  the attribute onClick runs code and is not allowed in content.",
      ]
    `);
  });

  it('an import in content', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': `${alpha}\nimport Chart from '../chart'\n` });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:45:1  import and export statements are not allowed in content; the components content may use (<Lang>) work without import.",
      ]
    `);
  });

  it('a broken internal link', async () => {
    const { messages } = await checkVariant({ 'regions/beta.mdx': beta.replace('/nb/about/', '/nb/om/') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/beta.mdx:38:36  the link /nb/om/ leads to no page on this site. Pages have addresses like /sv/regions/halland/.",
      ]
    `);
  });

  it('a link to the pair viewer, which is a page though not in the sitemap', async () => {
    const { messages } = await checkVariant({ 'regions/beta.mdx': beta.replace('/nb/about/', '/nb/compare/pair/') });
    expect(messages).toEqual([]);
  });

  it('an empty file', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': '' });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:1:1  the file is empty. A region file starts with a line ---, then its fields, then ---.",
      ]
    `);
  });

  it('a file without frontmatter', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': '# Alpha\n\nBara text.\n' });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:1:1  the file has no frontmatter: its first line must be --- , followed by the fields, and then another line --- .",
        "content/regions/alpha.mdx:1:1  write headings with ## or more: the page already has its title (#).",
      ]
    `);
  });

  it('bytes that are not UTF-8', async () => {
    const latin1 = Buffer.from(alpha.replace('name: Alpha', 'name: Älvdalen'), 'latin1');
    const { messages } = await checkVariant({ 'regions/alpha.mdx': latin1 });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:3:7  the file is not saved as UTF-8 (this character cannot be read). Save the file with the encoding "UTF-8" in your editor.",
      ]
    `);
  });

  it('a top-level heading in the text', async () => {
    const { messages } = await checkVariant({
      'regions/beta.mdx': beta.replace(
        '\nBeta arbeider for likestilling. Se',
        '\n# Beta\n\nBeta arbeider for likestilling. Se',
      ),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/beta.mdx:38:1  write headings with ## or more: the page already has its title (#).",
      ]
    `);
  });

  it('two changes on the same date', async () => {
    const change = '  - date: 2026-01-01\n    summary: En ändring.\n';
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith('sources:\n', `changes:\n${change}${change}sources:\n`),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:37:5  changes[1].date: changes[0] has the same date; write one change per date, summing up the day's changes",
      ]
    `);
  });

  it('a topic id that a part of the pages uses', async () => {
    const topics = fixtureText('topics.yaml').replace('id: procurement', 'id: data');
    const { messages } = await checkVariant({
      'topics.yaml': topics,
      'regions/beta.mdx': beta.replace('topic: procurement', 'topic: data'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/topics.yaml:6:5  topics[1].id: the id "data" is taken by a part of the pages; choose another",
      ]
    `);
  });

  it("a topic id that is the web editor's folder", async () => {
    const topics = fixtureText('topics.yaml').replace('id: procurement', 'id: admin');
    const { messages } = await checkVariant({
      'topics.yaml': topics,
      'regions/beta.mdx': beta.replace('topic: procurement', 'topic: admin'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/topics.yaml:6:5  topics[1].id: the id "admin" is taken by a part of the pages; choose another",
      ]
    `);
  });

  it('an article on a topic that none of its commitments serves', async () => {
    const topics = fixtureText('topics.yaml').replace('articles: [1]', 'articles: [1, 3]');
    const { messages } = await checkVariant({ 'topics.yaml': topics });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/topics.yaml:5:19  topics[0].articles[1]: no commitment on the topic "employer" serves article 3; take the article off the topic, or add it to a commitment whose words serve it",
      ]
    `);
  });

  it('a missing topic list', async () => {
    const { messages } = await checkVariant({ 'topics.yaml': null });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/topics.yaml:1:1  the file is missing.",
      ]
    `);
  });
});

describe('the content check, on the municipalities a region lists', () => {
  const listed = "  municipalities: ['2480', '2403']";

  it('a code that no municipality has', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(listed, "  municipalities: ['2480', '2499']"),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:32:28  place.municipalities[1]: no municipality in Sweden has the code "2499"; the page /sv/municipalities/ lists every municipality with its code",
      ]
    `);
  });

  it('a municipality listed twice', async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(listed, "  municipalities: ['2480', '2403', '2480']"),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:32:36  place.municipalities[2]: "2480" (Umeå) is already listed, as place.municipalities[0]; list each municipality once",
      ]
    `);
  });

  it("a municipality in another country than the region's", async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(listed, "  municipalities: ['2480', '3427']"),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:32:28  place.municipalities[1]: "3427" is Tynset in Norway, but the region is in Sweden (the field country); list only municipalities in the region's country",
      ]
    `);
  });

  it('a code written as a number, which loses its leading 0', async () => {
    const { messages } = await checkVariant({
      'regions/beta.mdx': beta.replace("  municipalities: ['3427']", '  municipalities: [0301]'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/beta.mdx:34:20  place.municipalities[0]: write the code in double quotes, like "0301": without them YAML reads a number and drops a leading 0",
      ]
    `);
  });

  it('a code of the wrong form', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith(listed, "  municipalities: ['Umeå']") });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:32:20  place.municipalities[0]: write the municipality's code with four digits, like "2480" (SCB's kommunkod, SSB's kommunenummer); found the text "Umeå". Umeå (Västerbottens län) has the code "2480"",
      ]
    `);
  });

  it('a region in a country whose municipalities the site has no register of', async () => {
    const { messages } = await checkVariant({ 'regions/alpha.mdx': alphaWith('country: SE', 'country: DK') });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:32:3  place.municipalities: the site has no register of the municipalities in Denmark yet, so their codes cannot be checked; ask the site's developers to add it (assets/places/)",
      ]
    `);
  });

  it("a code that is in both countries is read in the region's own", async () => {
    const { messages } = await checkVariant({
      'regions/alpha.mdx': alphaWith(listed, "  municipalities: ['1860']"),
      'regions/beta.mdx': beta.replace("  municipalities: ['3427']", "  municipalities: ['1860']"),
    });
    expect(messages).toEqual([]);
  });
});
