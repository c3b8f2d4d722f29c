import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CommitmentCards } from '../../components/region/CommitmentCards';
import { RegionHeader } from '../../components/region/RegionHeader';
import { buildComparison } from '../../lib/comparison';
import { getContent } from '../../lib/content';
import { textHash } from '../../lib/content/translatable';
import type { Locale } from '../../lib/i18n/locales';
import { pageContext } from '../../lib/page-context';
import { fixtureText, validFixture } from '../support/content-fixture';

// The pages read the content folder CONTENT_DIR names: here a copy of the valid fixture in which alpha's
// statement has changed since its English translation was made, and its summary has not.
const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
const statement = 'Lika lön för lika arbete.';
const changed = 'Lika lön för likvärdigt arbete.';
/** Alpha as the pages in a locale show it. */
const alpha = (locale: Locale) => pageContext(locale).region('alpha');

beforeAll(() => {
  cpSync(validFixture, dir, { recursive: true });
  writeFileSync(path.join(dir, 'regions/alpha.mdx'), fixtureText('regions/alpha.mdx').replace(statement, changed));
  mkdirSync(path.join(dir, 'translations/en'), { recursive: true });
  writeFileSync(
    path.join(dir, 'translations/en/alpha.mdx'),
    [
      '---',
      'entries:',
      '  summary:',
      '    text: Alpha works for gender equality.',
      `    of: ${textHash('Alpha arbetar för jämställdhet.')}`,
      '  commitments.lika-lon.statement:',
      '    text: Equal pay for equal work.',
      `    of: ${textHash(statement)}`,
      '---',
      '',
    ].join('\n'),
  );
  process.env.CONTENT_DIR = path.relative(process.cwd(), dir);
});

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const render = (element: ReturnType<typeof createElement>) => renderToStaticMarkup(element);

describe('a region page in another language than its source', () => {
  it('shows a current translation in the page language, says who translated it, and links to the source page', () => {
    const html = render(createElement(RegionHeader, { region: alpha('en'), page: pageContext('en') }));
    expect(html).toContain('<p lang="en" class="mt-4 max-w-prose text-lg">Alpha works for gender equality.</p>');
    expect(html).toContain('Translated by Jämställdhetsportalen; the source&#x27;s words are in Swedish.');
    expect(html).toContain('<a hrefLang="sv" class="text-link" href="/sv/regions/alpha');
    expect(html).toContain('Read this page in Swedish');
  });

  it('shows the original with a note where the source statement changed after it was translated', () => {
    const html = render(
      createElement(CommitmentCards, {
        commitments: alpha('en').commitments,
        region: alpha('en'),
        articleTitles: new Map(),
        page: pageContext('en'),
        on: 'region',
      }),
    );
    expect(html).toContain(`<p lang="sv">${changed}<span lang="en"`);
    expect(html).toContain('(the translation is being updated)');
    expect(html).not.toContain('Equal pay for equal work.');
  });

  it('shows the original where there is no translation, and says that parts are not yet translated', () => {
    const html = render(createElement(RegionHeader, { region: alpha('nb'), page: pageContext('nb') }));
    expect(html).toContain('<p lang="sv" class="mt-4 max-w-prose text-lg">Alpha arbetar för jämställdhet.</p>');
    expect(html).toContain('Deler av siden er ennå ikke oversatt og står på kildens språk, svensk.');
    expect(html).not.toContain('Oversatt av');
  });

  it('shows the source as it is, with no notice, on a page in the source language', () => {
    const html = render(createElement(RegionHeader, { region: alpha('sv'), page: pageContext('sv') }));
    expect(html).toContain('<p lang="sv" class="mt-4 max-w-prose text-lg">Alpha arbetar för jämställdhet.</p>');
    expect(html).not.toContain('translation-notice');
  });
});

describe('a comparison in another language than a source', () => {
  it('gives the outdated statement in its original words, with the note, and the language it is in', () => {
    const page = pageContext('en');
    const model = buildComparison({
      regions: page.regions,
      topics: getContent().topics,
      locale: 'en',
      t: page.t,
      today: '2018-06-15',
      detail: 'full',
    });
    expect(model.rows.find((row) => row.id === 'employer')?.cells.alpha).toEqual({
      kind: 'list',
      items: [
        {
          text: changed,
          lang: 'sv',
          translationNote: 'the translation is being updated',
          href: '/en/regions/alpha/#commitment-lika-lon',
        },
      ],
    });
  });
});
