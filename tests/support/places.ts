/**
 * Which municipalities each region's organisation works for, as ../shared/reference/FACTS.md gives them
 * ("Where the regions are"): what the region files, the maps and the page of every municipality must
 * agree with. 64 in all.
 */
export const municipalitiesInFacts: Record<string, { country: 'SE' | 'NO'; codes: string[] }> = {
  hedmark: {
    country: 'NO',
    codes:
      '3401 3403 3411 3412 3413 3414 3415 3416 3417 3418 3419 3420 3421 3422 3423 3424 3425 3426 3427 3428 3429 3430'.split(
        ' ',
      ),
  },
  varmland: {
    country: 'SE',
    codes: '1715 1730 1737 1760 1761 1762 1763 1764 1765 1766 1780 1781 1782 1783 1784 1785'.split(' '),
  },
  norrbotten: {
    country: 'SE',
    codes: '2505 2506 2510 2513 2514 2518 2521 2523 2560 2580 2581 2582 2583 2584'.split(' '),
  },
  umearegionen: { country: 'SE', codes: '2401 2403 2404 2409 2460 2480'.split(' ') },
  halland: { country: 'SE', codes: '1315 1380 1381 1382 1383 1384'.split(' ') },
};
