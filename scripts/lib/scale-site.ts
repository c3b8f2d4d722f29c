/** The synthetic site above the list limit that scripts/build-scale.ts builds and tests/scale/ reads. */
const limit = '8';

export const scaleSite = {
  content: '.scale/content',
  out: '.scale/out',
  /** Limits below the corpus's twelve regions: lists split by county, and no pair pages. */
  env: {
    CONTENT_DIR: '.scale/content',
    LIST_PAGES_MAX_REGIONS: limit,
    PAIR_PAGES_MAX_REGIONS: limit,
    BUILD_DATE: '2026-11-23',
    NEXT_TELEMETRY_DISABLED: '1',
  },
} as const;
