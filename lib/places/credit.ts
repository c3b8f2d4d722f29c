/**
 * What the map data's sources ask of those who use it (assets/places/README.md): Valmyndigheten named as
 * the source of Sweden's boundaries, Kartverket's under CC BY 4.0. Said on every map, with the downloads,
 * and inside /data/regions.geojson.
 */
import { en } from '../i18n/en';

export const mapDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The credit as the English pages give it, for files that have no language of their own. */
export const mapDataCredit = `${en.places.credit}, ${en.places.licence} ${mapDataLicence.name}`;
