import { describe, expect, it } from 'vitest';

import { checkVariant, fixtureText, fixtureToday } from '../support/content-fixture';

const alpha = fixtureText('regions/alpha.mdx');

/** The messages for alpha.mdx with one piece of text replaced; fails if the piece is not there. */
async function messagesFor(find: string, replace: string): Promise<string[]> {
  expect(alpha).toContain(find);
  const { messages } = await checkVariant({ 'regions/alpha.mdx': alpha.replace(find, replace) });
  return messages;
}

const figure = (value: string) =>
  `figures:\n  - kind: count\n    value: ${value}\n    label: kommuner\n    source: plan\nsources:`;
const body = (members: string) =>
  `bodies:\n  - name: Gruppen\n    members:\n${members}\n    role: Leder arbetet.\n    source: plan\nsources:`;

describe(`dates, on ${fixtureToday}`, () => {
  it('a day that is not on the calendar', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 2026-02-30')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: 2026-02-30 is not a date: month 02 of 2026 has 28 days",
      ]
    `);
  });

  it('a month that does not exist', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 2026-13-01')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: 2026-13-01 is not a date: the month must be 01-12",
      ]
    `);
  });

  it('a date written without leading zeros', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 2026-1-15')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: write the date as YYYY-MM-DD, like 2024-05-01; found the text "2026-1-15"",
      ]
    `);
  });

  it('a date written the way it is said', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 15 januari 2026')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: write the date as YYYY-MM-DD, like 2024-05-01; found the text "15 januari 2026"",
      ]
    `);
  });

  it('a date without hyphens', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 20260115')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: write the date as YYYY-MM-DD, like 2024-05-01; found the number 20260115",
      ]
    `);
  });

  it('a review date after today', async () => {
    expect(await messagesFor('reviewed: 2026-01-15', 'reviewed: 2026-12-24')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  reviewed: the date 2026-12-24 is after today (2026-11-26); write the day the file was last checked against its sources",
      ]
    `);
  });

  it('a change dated after today', async () => {
    expect(await messagesFor('sources:', 'changes:\n  - date: 2027-01-01\n    summary: Ny plan.\nsources:'))
      .toMatchInlineSnapshot(`
        [
          "content/regions/alpha.mdx:35:5  changes[0].date: the date 2027-01-01 is after today (2026-11-26); write the day the change was made",
        ]
      `);
  });
});

describe('numbers', () => {
  it('a year in quotation marks', async () => {
    expect(await messagesFor('from: 2017', 'from: "2017"')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:22:7  plans[0].period.from: should be a number, but is the text "2017". Write the number without quotation marks: 2017",
      ]
    `);
  });

  it('a period written in one field', async () => {
    expect(await messagesFor('from: 2017', 'from: 2017–2020')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:22:7  plans[0].period.from: should be a number, but is the text "2017–2020". A year is one number; for a period, write from: and to: on lines of their own",
      ]
    `);
  });

  it('a decimal comma', async () => {
    expect(await messagesFor('sources:', figure('13,5'))).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:36:5  figures[0].value: should be a number, but is the text "13,5". Write decimals with a point: 13.5",
      ]
    `);
  });

  it('a number with words after it', async () => {
    expect(await messagesFor('sources:', figure('13 av 14'))).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:36:5  figures[0].value: should be a number, but is the text "13 av 14". Write only the number, without words, units or spaces",
      ]
    `);
  });

  it('a year with two digits', async () => {
    expect(await messagesFor('from: 2017', 'from: 17')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:22:7  plans[0].period.from: write the year with four digits, like 2017; found the number 17",
      ]
    `);
  });
});

describe('indentation', () => {
  it('a tab', async () => {
    expect(await messagesFor('    title: Plan', '\ttitle: Plan')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:19:1  this line is indented with a tab; indent with spaces (two for each level)",
      ]
    `);
  });

  it('a line indented too far', async () => {
    expect(await messagesFor('    title: Plan', '      title: Plan')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:19:1  this line is indented further than the field "id" above it; start it in the same column as "id"",
      ]
    `);
  });

  it('a line indented too little', async () => {
    expect(await messagesFor('    title: Plan', '   title: Plan')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:19:1  the spaces at the start of this line do not line up with the lines around it: the fields of one group start in the same column",
      ]
    `);
  });

  it('a non-breaking space at the start of a line', async () => {
    expect(await messagesFor('    title: Plan', '  \u00a0 title: Plan')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:19:3  the line starts with a non-breaking space (often copied from Word or a web page); delete the spaces at the start of the line and type ordinary ones",
      ]
    `);
  });

  it('a text that goes on at the start of the next line', async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', 'summary: Alpha arbetar\nför jämställdhet.'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:7:1  this line is not "field: value". If it continues the text above, indent it below that text; a list item starts with "- "",
      ]
    `);
  });
});

describe('quotation marks', () => {
  it('a quotation mark that is never closed', async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', 'summary: "Alpha arbetar för jämställdhet.'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:10  this quotation mark (") is never closed: end the text with " on the same line.",
      ]
    `);
  });

  it("a word processor's quotation marks around a text with a colon", async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', 'summary: ”Alpha: ett län”'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:10  this line cannot be read as "field: value": the text contains a colon followed by a space. Put the whole text in double quotes. The quotation marks “ ” that word processors write do not count in YAML: type straight ones (").",
      ]
    `);
  });

  it("a word processor's quotation marks around a value that must be a code", async () => {
    expect(await messagesFor('country: SE', 'country: ”SE”')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:4:1  country: must be one of "SE", "NO", "DK", "FI", "IS"; found the text "”SE”"; did you mean "SE"?. The quotation marks “ ” from a word processor are part of the text in YAML: type straight ones (") or none",
      ]
    `);
  });

  it('a closing quotation mark from a word processor', async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', 'summary: "Alpha: ett län”'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:10  this quotation mark (") is never closed: end the text with " on the same line. The quotation marks “ ” that word processors write do not count in YAML: type straight ones (").",
      ]
    `);
  });

  it('quotation marks inside a quoted text', async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', 'summary: "Alpha kallar det "lika lön" här"'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:29  there is more text after the closing quotation mark. For quotation marks inside a text, put the whole text in single quotes ('…'); for an apostrophe inside '…', write it twice ('')",
      ]
    `);
  });

  it('an apostrophe inside single quotes', async () => {
    expect(await messagesFor('summary: Alpha arbetar för jämställdhet.', "summary: 'Alpha's plan'"))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:6:17  there is more text after the closing quotation mark. For quotation marks inside a text, put the whole text in single quotes ('…'); for an apostrophe inside '…', write it twice ('')",
      ]
    `);
  });
});

describe('lists', () => {
  it('a list written as text', async () => {
    expect(await messagesFor('articles: [1]', 'articles: 1, 2')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:28:5  commitments[0].articles: should be a list (lines starting with "- "), but is the text "1, 2". Write a list as [a, b] on one line, or each item on a line of its own starting with "- "",
      ]
    `);
  });

  it('one item without brackets', async () => {
    expect(await messagesFor('articles: [1]', 'articles: 1')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:28:5  commitments[0].articles: should be a list (lines starting with "- "), but is the number 1. For a single item, write [1]",
      ]
    `);
  });

  it('list items without a space after the dash', async () => {
    expect(await messagesFor('sources:', body('      -Anna\n      -Bertil'))).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:36:5  bodies[0].members: should be a list (lines starting with "- "), but is the text "-Anna -Bertil". Put a space after each "-": every item starts with "- " on a line of its own",
      ]
    `);
  });

  it('an empty list item', async () => {
    expect(await messagesFor('sources:', body('      - Anna\n      -'))).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:38:8  bodies[0].members[1]: is an empty list item: write the item after "- ", or delete the line",
      ]
    `);
  });
});

describe('fields', () => {
  it('a field pasted twice', async () => {
    expect(await messagesFor('country: SE\n', 'country: SE\nname: Alfa\n')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:5:1  the field "name" is written twice in the same group (first on line 3); keep one of them",
      ]
    `);
  });

  it('no space after the colon', async () => {
    expect(await messagesFor('name: Alpha', 'name:Alpha')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:3:6  put a space after the colon, as in "name: …"",
      ]
    `);
  });

  it('a non-breaking space after the colon', async () => {
    expect(await messagesFor('name: Alpha', 'name:\u00a0Alpha')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:3:6  a non-breaking space (often copied from Word or a web page) next to the colon; delete it and type an ordinary space",
      ]
    `);
  });

  it('an empty value', async () => {
    expect(await messagesFor('name: Alpha', 'name:')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:3:1  name: is empty: write a value after the colon, or delete the line if the field is optional",
      ]
    `);
  });

  it('a # in a text, which would cut it short', async () => {
    expect(await messagesFor('statement: Lika lön för lika arbete.', 'statement: Lika lön, se plan #2.'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:29:34  the text stops before " #": YAML reads a space followed by # as the start of a note, and leaves the rest out. Put the whole text in double quotes",
      ]
    `);
  });

  it('a text that starts with *', async () => {
    expect(await messagesFor('statement: Lika lön för lika arbete.', 'statement: *Lika* lön för lika arbete.'))
      .toMatchInlineSnapshot(`
        [
          "content/regions/alpha.mdx:29:16  a text cannot start with *; put the whole text in double quotes",
        ]
      `);
  });

  it('a text that starts with - ', async () => {
    expect(await messagesFor('statement: Lika lön för lika arbete.', 'statement: - lika lön för lika arbete.'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:29:16  a text cannot start with "- " after the colon; put the whole text in double quotes",
      ]
    `);
  });

  it('a number where text belongs', async () => {
    expect(await messagesFor('title: Plan för jämställdhet', 'title: 2020')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:19:5  plans[0].title: should be text, but is the number 2020. To keep it as text, put it in double quotes: "2020"",
      ]
    `);
  });

  it('a group of fields written as text', async () => {
    expect(await messagesFor('    period:\n      from: 2017\n      to: 2020', '    period: 2017-2020'))
      .toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:21:5  plans[0].period: should be a group of fields, but is the text "2017-2020". Write its fields on the lines below, indented by two more spaces",
      ]
    `);
  });

  it('a code in lower case', async () => {
    expect(await messagesFor('country: SE', 'country: se')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:4:1  country: must be one of "SE", "NO", "DK", "FI", "IS"; found the text "se"; did you mean "SE"?",
      ]
    `);
  });

  it('a kind written with a space', async () => {
    expect(await messagesFor('kind: action-plan', 'kind: action plan')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:20:5  plans[0].kind: must be one of "action-plan", "strategy", "operational-plan", "guideline", "guide", "regional-plan", "programme"; found the text "action plan"; did you mean "action-plan"?",
      ]
    `);
  });

  it('a variant that is not named', async () => {
    expect(await messagesFor('  status: signed\n', '')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:13:1  charter.status: needs the field "status": one of "signed", "decided", "referenced", "not-mentioned"",
      ]
    `);
  });

  it('an id with å, a capital and a space', async () => {
    expect(await messagesFor('id: lika-lon', 'id: Lika lön')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:26:5  commitments[0].id: use only lowercase letters a-z, digits and single hyphens, like "lika-lon-2016" (å, ä, ö become a, a, o); found the text "Lika lön"",
      ]
    `);
  });

  it('a web address without https://', async () => {
    expect(await messagesFor('    language: sv\n---', '    language: sv\n    url: www.alpha.se/plan\n---'))
      .toMatchInlineSnapshot(`
        [
          "content/regions/alpha.mdx:39:5  sources[0].url: write the web address in full, starting with https:// (or http://); found the text "www.alpha.se/plan"",
        ]
      `);
  });

  it('the closing --- left out', async () => {
    expect(await messagesFor('    language: sv\n---\n', '    language: sv\n\n')).toMatchInlineSnapshot(`
      [
        "content/regions/alpha.mdx:1:1  the fields are never closed: after the last field, write a line with only --- (the text of the page comes after it).",
      ]
    `);
  });

  it('a tab in a YAML data file, read the same way as a region file', async () => {
    const topics = fixtureText('topics.yaml');
    expect(topics).toContain('  - id: procurement');
    const { messages } = await checkVariant({
      'topics.yaml': topics.replace('  - id: procurement', '\t- id: procurement'),
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "content/topics.yaml:6:1  this line is indented with a tab; indent with spaces (two for each level)",
      ]
    `);
  });
});
