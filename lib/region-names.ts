/** Until the content issue lands, the home page lists the five regions from this list. */
export const regionNames = [
  { name: 'Hedmark', country: 'NO' },
  { name: 'Värmland', country: 'SE' },
  { name: 'Norrbotten', country: 'SE' },
  { name: 'Umeåregionen', country: 'SE' },
  { name: 'Halland', country: 'SE' },
] as const;
