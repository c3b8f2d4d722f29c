/**
 * What the map data's sources ask of those who use it (assets/places/README.md): Valmyndigheten named as
 * the source of Sweden's boundaries, Kartverket's under CC BY 4.0. Said on every map, with the downloads,
 * and inside /data/regions.geojson.
 */
export const mapDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The credit in words that need no translation, for files that have no language of their own. */
export const mapDataCredit = 'Municipal boundaries: Valmyndigheten (Sweden); © Kartverket, CC BY 4.0 (Norway)';
