/**
 * The register of every municipality the site knows, with its county: assets/places/register.json,
 * derived from public boundary data (its README says from where). Parsed once here; everything else
 * asks this module. Codes repeat across countries (1860 is Laxå in Sweden and Vestvågøy in Norway),
 * so a municipality is known by its country and code together.
 */
import { z } from 'zod';

import registerFile from '../../assets/places/register.json' with { type: 'json' };
import type { Country } from '../content/schema';

/** The countries whose municipalities the register has. */
export const registerCountry = z.enum(['SE', 'NO']);

const registerSchema = z.strictObject({
  counties: z.array(
    z.strictObject({
      country: registerCountry,
      code: z.string().regex(/^\d{2}$/),
      name: z.strictObject({ sv: z.string().min(1), nb: z.string().min(1), en: z.string().min(1) }),
    }),
  ),
  municipalities: z.array(
    z.strictObject({
      country: registerCountry,
      code: z.string().regex(/^\d{4}$/),
      name: z.string().min(1),
      county: z.string().regex(/^\d{2}$/),
    }),
  ),
});

type RegisterFile = z.output<typeof registerSchema>;
export type County = RegisterFile['counties'][number];
export type Municipality = Omit<RegisterFile['municipalities'][number], 'county'> & { county: County };

export interface Register {
  /** Countries in the register, in its order. */
  countries: Country[];
  /** Counties, by country and then code. */
  counties: County[];
  /** Municipalities, by country and then code, each with its county. */
  municipalities: Municipality[];
  /** The municipality with this code in this country, if there is one. */
  find: (country: Country, code: string) => Municipality | undefined;
  /** Every municipality with this code, in any country. */
  withCode: (code: string) => Municipality[];
}

/** The one key of a municipality across countries: "SE-2403". */
export const municipalityKey = ({ country, code }: { country: Country; code: string }) => `${country}-${code}`;

/**
 * The id of a municipality on the page of every municipality: its code ("2403"), or, for a code that
 * two countries share, the country and the code ("se-1860"), so that each id is the page's only one.
 */
export function municipalityAnchor(municipality: { country: Country; code: string }, register = getRegister()): string {
  return register.withCode(municipality.code).length > 1
    ? `${municipality.country.toLowerCase()}-${municipality.code}`
    : municipality.code;
}

function buildRegister(file: RegisterFile): Register {
  const counties = new Map(file.counties.map((county) => [`${county.country}-${county.code}`, county]));
  const municipalities = file.municipalities.map((municipality) => {
    const county = counties.get(`${municipality.country}-${municipality.county}`);
    if (!county)
      throw new Error(`register.json: municipality ${municipality.code} is in unknown county ${municipality.county}`);
    return { ...municipality, county };
  });
  const byKey = new Map(municipalities.map((municipality) => [municipalityKey(municipality), municipality]));
  return {
    countries: [...new Set(file.counties.map((county) => county.country))],
    counties: file.counties,
    municipalities,
    find: (country, code) => byKey.get(municipalityKey({ country, code })),
    withCode: (code) => municipalities.filter((municipality) => municipality.code === code),
  };
}

let register: Register | undefined;

export function getRegister(): Register {
  register ??= buildRegister(registerSchema.parse(registerFile));
  return register;
}
