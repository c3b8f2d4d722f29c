import { describe, expect, it } from 'vitest';

import { buildComparison, cellId, type ComparisonInput, rowsOfKind } from '../../lib/comparison';
import { loadContent } from '../../lib/content/load';
import { localiseContent } from '../../lib/content/localise';
import { getDictionary } from '../../lib/i18n';

const result = loadContent('tests/fixtures/content/valid');
if (!result.ok) throw new Error('the valid fixture should load');
const { topics } = result.content;
const regions = localiseContent(result.content, 'en');
const [alpha, beta] = regions;
if (!alpha || !beta) throw new Error('the fixture has two regions');

function comparison(overrides: Partial<ComparisonInput> = {}) {
  return buildComparison({
    regions,
    topics,
    locale: 'en',
    t: getDictionary('en'),
    today: '2018-06-15',
    detail: 'full',
    ...overrides,
  });
}

function cell(rowId: string, slug: string, overrides: Partial<ComparisonInput> = {}) {
  return comparison(overrides).rows.find((row) => row.id === rowId)?.cells[slug];
}

describe('the comparison model', () => {
  it('has a column per region, linking to its page in the locale, and the fact rows before a row per topic', () => {
    const model = comparison();
    expect(model.columns).toEqual([
      { slug: 'alpha', name: 'Alpha', href: '/en/regions/alpha/' },
      { slug: 'beta', name: 'Beta', href: '/en/regions/beta/' },
    ]);
    expect(rowsOfKind(model, 'fact').map((row) => row.id)).toEqual([
      'organisation-type',
      'country',
      'organisation-status',
      'charter',
      'plans',
    ]);
    expect(rowsOfKind(model, 'topic').map((row) => [row.id, row.label, row.href])).toEqual(
      topics.map((topic) => [topic.id, topic.label.en, `/en/topics/${topic.id}/`]),
    );
    expect(cellId('employer', 'alpha')).toBe('employer-alpha');
  });

  it("names each organisation in the source's language, with its type in the reader's", () => {
    expect(cell('organisation-type', 'beta')).toEqual({
      kind: 'list',
      items: [{ text: 'Beta fylkeskommune', lang: 'nb', after: 'County municipality (fylkeskommune)' }],
    });
  });

  it("gives the country and what became of the organisation in the reader's words", () => {
    expect(cell('country', 'beta')).toEqual({ kind: 'fact', item: { text: 'Norway' } });
    expect(cell('organisation-status', 'beta')).toEqual({
      kind: 'list',
      items: [{ text: 'Merged in 2020, now Gamma fylkeskommune' }],
    });
    expect(cell('organisation-status', 'alpha')).toEqual({ kind: 'list', items: [{ text: 'No known change' }] });
  });

  it("links the charter status to the region's section, named with the region, with the source's note below", () => {
    expect(cell('charter', 'alpha')).toEqual({
      kind: 'fact',
      item: {
        text: 'Signed',
        href: '/en/regions/alpha/#charter',
        hiddenText: ', Alpha',
        note: { text: 'Alla kommuner har skrivit under.', lang: 'sv' },
      },
    });
    const silent = cell('charter', 'beta');
    expect(silent).toMatchObject({ kind: 'fact', item: { text: 'Not mentioned in the source' } });
    expect(silent?.kind === 'fact' && silent.item.note).toBeUndefined();
  });

  it('lists each plan with its period and its status on the build date, or says the source has none', () => {
    expect(cell('plans', 'alpha')).toEqual({
      kind: 'list',
      items: [
        {
          text: 'Plan för jämställdhet',
          lang: 'sv',
          href: '/en/regions/alpha/#plan-plan-2017-2020',
          period: { text: '2017–2020', status: 'in-force', statusLabel: 'In force' },
        },
      ],
    });
    expect(cell('plans', 'alpha', { today: '2021-01-01' })).toMatchObject({
      items: [{ period: { status: 'ended', statusLabel: 'Ended' } }],
    });
    expect(cell('plans', 'beta')).toEqual({ kind: 'not-mentioned', text: 'Not mentioned in the source' });
  });

  it('puts each statement in the cell of its topic, linking to it, and says so where the source is silent', () => {
    expect(cell('employer', 'alpha')).toEqual({
      kind: 'list',
      items: [{ text: 'Lika lön för lika arbete.', lang: 'sv', href: '/en/regions/alpha/#commitment-lika-lon' }],
    });
    expect(cell('employer', 'beta')).toEqual({ kind: 'not-mentioned', text: 'Not mentioned in the source' });
  });

  it('shows every statement in full, and in a summary the first with a link to the rest of the topic', () => {
    const busy = {
      ...alpha,
      commitments: [1, 2, 3].map((n) => ({
        ...alpha.commitments[0]!,
        id: `c${n}`,
        statement: { text: `Statement ${n}.`, lang: 'sv' as const, status: 'missing' as const },
      })),
    };
    const full = cell('employer', 'alpha', { regions: [busy] });
    expect(full?.kind === 'list' && full.items.map((item) => item.text)).toEqual([
      'Statement 1.',
      'Statement 2.',
      'Statement 3.',
    ]);
    expect(full?.kind === 'list' && full.more).toBeUndefined();
    expect(cell('employer', 'alpha', { regions: [busy], detail: 'summary' })).toEqual({
      kind: 'list',
      items: [{ text: 'Statement 1.', lang: 'sv', href: '/en/regions/alpha/#commitment-c1' }],
      more: {
        text: 'and 2 more',
        hiddenText: 'on The employer role in Alpha',
        href: '/en/regions/alpha/#topic-employer',
      },
    });
  });
});
