import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { readContentFile, writeContentFile } from '../../lib/cms/file-format';
import { contentFormats, fileForm } from '../../lib/cms/formats';
import type { FieldOrder } from '../../lib/cms/key-order';
import { editorConfigFile } from '../../scripts/lib/generated-docs';

const { collections } = parse(readFileSync(editorConfigFile, 'utf8')) as {
  collections: { name: string; format: string; folder: string; fields: FieldOrder[] }[];
};
const formOf = (name: string) => fileForm(collections.find((collection) => collection.name === name)!);
const regionForm = formOf('regions');
const translationForm = formOf('translations-en');

const contentFiles = collections.flatMap(({ folder }) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(folder, name)),
);

describe("the editor's file format", () => {
  it.each(contentFiles)('reads and writes %s without changing what it holds, the same way twice', (file) => {
    const form = file.includes('/translations/') ? translationForm : regionForm;
    const text = readFileSync(file, 'utf8');
    const once = writeContentFile(readContentFile(text), form);
    expect(readContentFile(once)).toEqual(readContentFile(text));
    expect(writeContentFile(readContentFile(once), form)).toBe(once);
  });

  it('writes keys in the form’s order at every depth, whatever order they come in', () => {
    const plan = {
      source: 's',
      period: { to: 2020, from: 2017 },
      goals: ['a'],
      revision: 'r',
      periodNote: 'n',
      description: 'd',
      adoptedBy: 'a',
      owner: 'o',
      state: 'adopted',
      kind: 'strategy',
      title: 't',
      id: 'p',
    };
    const text = writeContentFile({ plans: [plan], name: 'X', slug: 'x' }, regionForm);
    expect(text).toBe(
      [
        '---',
        `# ${contentFormats.region.firstLine}`,
        'slug: x',
        'name: X',
        '',
        'plans:',
        '  - id: p',
        '    title: t',
        '    kind: strategy',
        '    state: adopted',
        '    owner: o',
        '    adoptedBy: a',
        '    description: d',
        '    period:',
        '      from: 2017',
        '      to: 2020',
        '    periodNote: n',
        '    revision: r',
        '    goals:',
        '      - a',
        '    source: s',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('folds long text, keeps short text on its line, writes lists of numbers on one line and keeps the text below', () => {
    const long = 'ord '.repeat(30).trim();
    const text = writeContentFile(
      { slug: 'x', commitments: [{ id: 'a', articles: [4, 11], statement: long }], body: '\nText.\n' },
      regionForm,
    );
    expect(text).toContain('    articles: [4, 11]\n    statement: >-\n      ord ord');
    expect(text.endsWith('---\n\nText.\n')).toBe(true);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it("writes a translation's texts in the order of its region file", () => {
    const entries = {
      'commitments.b.statement': { of: 'bbbbbbbb', text: 'B' },
      summary: { text: 'S', of: 'ssssssss' },
    };
    const text = writeContentFile({ bodyOf: 'hhhhhhhh', entries }, translationForm, [
      'summary',
      'commitments.b.statement',
    ]);
    expect(text).toBe(
      [
        '---',
        `# ${contentFormats.translation.firstLine}`,
        'entries:',
        '  summary:',
        '    text: S',
        '    of: ssssssss',
        '  commitments.b.statement:',
        '    text: B',
        '    of: bbbbbbbb',
        'bodyOf: hhhhhhhh',
        '---',
        '',
      ].join('\n'),
    );
  });
});

describe('what the form leaves behind', () => {
  it('leaves out the fields a person emptied: a text, a choice, a number, a whole group', () => {
    const text = writeContentFile(
      {
        slug: 'x',
        charter: { status: 'not-mentioned', note: '', quote: '  ', source: null },
        plans: [{ id: 'p', period: { from: null, to: '' }, goals: [] }],
      },
      regionForm,
    );
    expect(text).toContain('charter:\n  status: not-mentioned\n\nplans:\n  - id: p\n---');
  });

  it('reads a file saved with Windows line ends and a byte-order mark like any other', () => {
    const text = '\uFEFF---\r\nslug: x\r\nname: X\r\n---\r\n\r\nText.\r\n';
    expect(readContentFile(text)).toEqual({ slug: 'x', name: 'X', body: '\nText.\n' });
  });

  it('shows no fields for a header that is not a set of fields, and keeps the text', () => {
    expect(readContentFile('---\nfoo\n---\nText.\n')).toEqual({ body: 'Text.\n' });
  });
});
