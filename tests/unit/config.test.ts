import { describe, expect, it } from 'vitest';

import { config, previewSiteUrl } from '../../lib/config';

describe('the environment the build reads', () => {
  it('gives the preview defaults when nothing is set, and takes an empty variable as not set', () => {
    expect(config({}).SITE_URL).toBe(previewSiteUrl);
    expect(config({ SITE_URL: '', PAIR_PAGES_MAX_REGIONS: '' })).toMatchObject({
      SITE_URL: previewSiteUrl,
      PAIR_PAGES_MAX_REGIONS: 20,
    });
  });

  it('reads numbers and dates from their text', () => {
    expect(
      config({ PAIR_PAGES_MAX_REGIONS: '30', LIST_PAGES_MAX_REGIONS: '40', BUILD_DATE: '2018-06-15' }),
    ).toMatchObject({ PAIR_PAGES_MAX_REGIONS: 30, LIST_PAGES_MAX_REGIONS: 40, BUILD_DATE: '2018-06-15' });
  });

  it('refuses pair pages above the list limit, where no list page could name them all', () => {
    expect(() => config({ PAIR_PAGES_MAX_REGIONS: '30' })).toThrow(
      'PAIR_PAGES_MAX_REGIONS="30": write a number no larger than LIST_PAGES_MAX_REGIONS',
    );
  });

  it('stops with the name and value of every variable set wrong', () => {
    expect(() => config({ BUILD_DATE: '15 juni 2018', SITE_URL: 'kommun.se', PAIR_PAGES_MAX_REGIONS: 'many' }))
      .toThrowErrorMatchingInlineSnapshot(`
      [Error: Environment variables set wrong:
      SITE_URL="kommun.se": write the whole address, like https://kommun.se
      BUILD_DATE="15 juni 2018": write it as YYYY-MM-DD
      PAIR_PAGES_MAX_REGIONS="many": write a whole number, 0 or more]
    `);
  });
});
