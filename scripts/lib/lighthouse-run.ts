import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { chromiumArgs, chromiumExecutable } from '../../tests/support/browser';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** Largest contentful paint and total blocking time, in milliseconds, as Lighthouse simulates them. */
  lcp: number;
  tbt: number;
  /** Audits that lost points outside performance, so that a broken budget says why. */
  failing: string[];
  /** Each layout shift: its score and the element that moved, so that a shift says where it was. */
  shifts: string[];
}

interface LayoutShiftItem {
  score?: number;
  node?: { selector?: string; snippet?: string };
}

function layoutShifts(details: unknown): string[] {
  const items = (details as { items?: LayoutShiftItem[] } | undefined)?.items ?? [];
  return items.map(({ score, node }) =>
    `${(score ?? 0).toFixed(4)} ${node?.selector ?? ''} ${node?.snippet ?? ''}`.trim(),
  );
}

/**
 * Lighthouse with its default mobile settings (a mid-range phone on a slow 4G connection, simulated),
 * in the same Chromium the browser tests use. One Chromium serves every page, one page at a time.
 */
export async function withLighthouse<T>(
  work: (run: (url: string) => Promise<LighthouseScores>) => Promise<T>,
): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? undefined,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    return await work(async (url) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        shifts: layoutShifts(audits['layout-shifts']?.details),
        failing: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
          (categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${id}: ${ref.id}`),
        ),
      };
    });
  } finally {
    chrome.kill();
  }
}
