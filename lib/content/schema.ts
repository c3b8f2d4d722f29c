/**
 * The content model: the single source of truth for what a region file, the topic list and the
 * charter may hold. Each field's `.describe()` is its one description and its `title` its short
 * name, both in Swedish like the staff's content guide: the guide's field tables, the new-region
 * template's comments, the JSON Schema that editors show on hover (public/schema/region.schema.json)
 * and the web editor's form (public/admin/config.yml) are generated from them. Comments here say
 * only what a developer needs beyond that.
 *
 * Cross-field and cross-file rules (known topics and articles, existing source ids, periods that
 * end after they start) live in rules.ts: they need more than one value to judge.
 */
import { z } from 'zod';

import { getRegister } from '../places/register';
import { describeValue, typographicQuotesHint } from './errors';
import { messages } from './messages';

const nonEmpty = z.string().trim().min(1);

/**
 * A text that a translation may carry (content/translations/), marked on the field itself: the list of
 * translatable texts (translatable.ts), the translation files' JSON Schema, the web editor's
 * translation form and the content guide all read the mark. The type is branded, so that a localised
 * region's type (localise.ts) has the words, language and state where the source has the text, and a
 * component that takes a localised region cannot be handed the source's words by mistake.
 */
const translatable = nonEmpty.brand<'Translatable'>().meta({ translatable: true });

/** Translations name an item of this list by its id ("plans.<id>.title") rather than its position. */
const byId = { translationKey: 'id' } as const;

/** What was written, for messages that quote it back: "the text "x"", "the number 5". */
const found = (issue: { input?: unknown }) => `${describeValue(issue.input)}${typographicQuotesHint(issue.input)}`;

/** Lowercase letters, digits and single hyphens: used for slugs and every id that ends up in a URL. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(idPattern, {
  error: (issue) => messages.idFormat(found(issue)),
});

const year = z
  .int()
  .min(1900, { error: (issue) => messages.yearFormat(found(issue)) })
  .max(2100, { error: (issue) => messages.yearFormat(found(issue)) });

const dateFormat = (issue: { input?: unknown }) => messages.dateFormat(found(issue));

/** YYYY-MM-DD, the one way the content writes a day. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Why a YYYY-MM-DD text names no day that exists (2026-02-30, 2026-13-01), or undefined if it does. */
function notACalendarDay(text: string): string | undefined {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return messages.noSuchMonth(text);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return messages.noSuchDay(text, text.slice(5, 7), year, days);
  return undefined;
}

/**
 * A calendar date, written YYYY-MM-DD. YAML 1.2 (lib/content/yaml-read.ts) keeps it as text, so a day
 * that does not exist is refused here rather than rolled over into the next month.
 */
export const isoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : dateFormat(issue)) })
  .regex(isoDatePattern, { error: dateFormat, abort: true })
  .refine((text) => notACalendarDay(text) === undefined, {
    error: (issue) => notACalendarDay(String(issue.input)),
  })
  .meta({ format: 'date' });

const webAddress = z.url({
  protocol: /^https?$/,
  error: (issue) => messages.webAddress(found(issue)),
});

/**
 * Reference to one of the file's own sources, by its id. Any text is accepted here so that a wrong
 * reference gets the more useful message from rules.ts: which ids exist.
 */
const sourceRef = nonEmpty.describe('Källans id: ett av id:na under `sources`.').meta({ title: 'Källa' });

/** Languages a region's content may be written in (the language of its source). */
export const contentLanguages = ['sv', 'nb', 'nn', 'da', 'fi', 'is', 'en'] as const;
export const contentLanguageSchema = z.enum(contentLanguages);

export const countries = ['SE', 'NO', 'DK', 'FI', 'IS'] as const;

export const organisationTypes = [
  'county-council',
  'county-municipality',
  'county-administrative-board',
  'municipal-association',
  'inter-municipal-cooperation',
] as const;

/** What has become of an organisation since the source was written. */
export const organisationStatusSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z
        .literal('unchanged')
        .describe('Ingen känd förändring. Inte ett påstående om att inget har hänt.')
        .meta({ title: 'Ingen känd förändring' }),
    }),
    z.strictObject({
      kind: z
        .literal('merged')
        .describe('Organisationen har gått upp i en annan och finns inte längre.')
        .meta({ title: 'Sammanslagen' }),
      into: nonEmpty
        .describe('Den nya organisationens namn, till exempel Innlandet fylkeskommune.')
        .meta({ title: 'Gick upp i' }),
      with: z
        .array(nonEmpty.meta({ title: 'organisation' }))
        .default([])
        .describe('Andra organisationer i samma sammanslagning, om källan nämner dem.')
        .meta({ title: 'Sammanslagen med' }),
      year: year.describe('Året då sammanslagningen trädde i kraft.').meta({ title: 'År' }),
      date: isoDateSchema
        .optional()
        .describe('Datum då sammanslagningen trädde i kraft, ÅÅÅÅ-MM-DD, om det är känt.')
        .meta({ title: 'Datum' }),
      source: sourceRef,
    }),
    z.strictObject({
      kind: z
        .literal('renamed')
        .describe('Organisationen finns kvar men heter något annat.')
        .meta({ title: 'Bytt namn' }),
      newName: nonEmpty
        .describe('Namnet organisationen har nu, till exempel Region Värmland.')
        .meta({ title: 'Nytt namn' }),
      year: year.optional().describe('Året för namnbytet, bara om en källa anger det.').meta({ title: 'År' }),
      source: sourceRef,
    }),
  ])
  .describe('Vad som har hänt med organisationen sedan källan skrevs: `unchanged`, `merged` eller `renamed`.')
  .meta({ title: 'Vad som har hänt sedan dess' });

export const organisationSchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    type: z
      .enum(organisationTypes)
      .describe(
        'Vilken sorts organisation: `county-council` (landsting), `county-municipality` (fylkeskommune), `county-administrative-board` (länsstyrelse), `municipal-association` (kommunförbund), `inter-municipal-cooperation` (samarbete mellan kommuner).',
      )
      .meta({ title: 'Typ' }),
    status: organisationStatusSchema,
  })
  .meta({ title: 'organisation' });

/** "Umeå" → ['Umeå (Västerbottens län) has the code "2480"']: the municipalities of that name, if any. */
function codesNamed(name: string): string[] {
  const wanted = name.trim().toLocaleLowerCase('sv');
  return getRegister()
    .municipalities.filter((municipality) => municipality.name.toLocaleLowerCase('sv') === wanted)
    .map((municipality) => messages.codeOfName(municipality.name, municipality.county.name.sv, municipality.code));
}

/**
 * A municipality by its national code, as text: YAML would read 0301 as the number 301. The content
 * check finds the code in the register (lib/places/register.ts).
 */
const municipalityCode = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number' && Number.isInteger(issue.input)
        ? messages.municipalityCodeAsNumber(String(issue.input).padStart(4, '0'))
        : undefined,
  })
  .regex(/^\d{4}$/, {
    error: (issue) => messages.municipalityCodeFormat(found(issue), codesNamed(String(issue.input))),
  })
  .meta({ title: 'kommun' });

/** Where the organisation works: the municipalities it works for, by code, and the source of that fact. */
export const placeSchema = z
  .strictObject({
    municipalities: z
      .array(municipalityCode)
      .min(1)
      .describe(
        'Kommunerna som organisationen arbetar för, med kommunkod inom citattecken: SCB:s kommunkod i Sverige, SSB:s kommunenummer i Norge (dagens nummer), till exempel ["2480", "2403"]. Sidan visar dem på en karta och i en lista, och kommunsidan leder från varje kommun hit. En kommun får höra till flera regioner. Räkna bara upp kommuner som hör till området, inte kommuner som källan nämner som samarbetspartner.',
      )
      .meta({ title: 'Kommuner' }),
    source: sourceRef
      .describe(
        'Id för den källa bland `sources` som säger vilka kommuner det gäller: oftast ett offentligt register, inte regionens eget dokument.',
      )
      .meta({ title: 'Källa' }),
  })
  .describe('Var organisationen arbetar: kommunerna, med källan för uppgiften.')
  .meta({ title: 'Område' });

/** What the source says about the CEMR charter (European Charter for Equality of Women and Men in Local Life). */
export const charterSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z
        .literal('signed')
        .describe('Källan säger att organisationen har undertecknat deklarationen.')
        .meta({ title: 'Undertecknad' }),
      note: translatable
        .describe(
          'Kort förklaring på källans språk: vem som har undertecknat och vad källan mer säger. Visas bredvid statusen i jämförelserna.',
        )
        .meta({ title: 'Förklaring' }),
      quote: nonEmpty.optional().describe('Källans egna ord, ordagrant.').meta({ title: 'Citat' }),
      source: sourceRef,
    }),
    z.strictObject({
      status: z
        .literal('decided')
        .describe('Källan säger att organisationen har beslutat att underteckna.')
        .meta({ title: 'Beslutad' }),
      note: translatable
        .describe(
          'Kort förklaring på källans språk: vem som har beslutat och vad källan mer säger. Visas bredvid statusen i jämförelserna.',
        )
        .meta({ title: 'Förklaring' }),
      quote: nonEmpty.optional().describe('Källans egna ord, ordagrant.').meta({ title: 'Citat' }),
      source: sourceRef,
    }),
    z.strictObject({
      status: z
        .literal('referenced')
        .describe('Källan bygger på deklarationen men säger inte om den är undertecknad.')
        .meta({ title: 'Hänvisar till den' }),
      note: translatable
        .describe(
          'Kort förklaring på källans språk: hur källan hänvisar till deklarationen. Visas bredvid statusen i jämförelserna.',
        )
        .meta({ title: 'Förklaring' }),
      quote: nonEmpty.optional().describe('Källans egna ord, ordagrant.').meta({ title: 'Citat' }),
      source: sourceRef,
    }),
    z.strictObject({
      status: z.literal('not-mentioned').describe('Källan nämner inte deklarationen.').meta({ title: 'Nämns inte' }),
    }),
  ])
  .describe('Vad källan säger om CEMR-deklarationen: `signed`, `decided`, `referenced` eller `not-mentioned`.')
  .meta({ title: 'CEMR-deklarationen' });

/** A span of years. Either end may be missing when the source does not give it. */
export const periodSchema = z.strictObject({
  from: year
    .optional()
    .describe('Första året planen gäller. Utelämna det om källan inte anger det.')
    .meta({ title: 'Från år' }),
  to: year
    .optional()
    .describe('Sista året planen gäller. Utelämna det om källan inte anger det.')
    .meta({ title: 'Till år' }),
});

export const planKinds = [
  'action-plan',
  'strategy',
  'operational-plan',
  'guideline',
  'guide',
  'regional-plan',
  'programme',
] as const;

/** One row of an activity plan. */
export const activitySchema = z
  .strictObject({
    goal: z
      .int()
      .min(1)
      .optional()
      .describe('Numret på det mål i planens `goals` som aktiviteten hör till (1 för det första).')
      .meta({ title: 'Hör till mål nr' }),
    activity: translatable.describe('Vad som ska göras, på källans språk.').meta({ title: 'Aktivitet' }),
    when: translatable.describe('När, med källans ord.').meta({ title: 'När' }),
    responsible: translatable.describe('Vem som är ansvarig, med källans ord.').meta({ title: 'Ansvarig' }),
  })
  .meta({ title: 'aktivitet' });

export const planSchema = z
  .strictObject({
    id: idSchema
      .describe(
        'Kort id med a–z, siffror och bindestreck, unikt i filen, till exempel handlingsplan-2016-2018. Används i länkar: ändra det inte.',
      )
      .meta({ title: 'Id' }),
    title: translatable.describe('Titeln som i källan.').meta({ title: 'Titel' }),
    kind: z
      .enum(planKinds)
      .describe(
        'Vilken sorts dokument: `action-plan` (handlingsplan), `strategy`, `operational-plan` (verksamhetsplan), `guideline` (riktlinje), `guide` (vägledning), `regional-plan`, `programme`.',
      )
      .meta({ title: 'Typ av dokument' }),
    state: z
      .enum(['adopted', 'planned'])
      .default('adopted')
      .describe(
        '`adopted` (finns enligt källan, standard) eller `planned` (ska tas fram enligt källan; när perioden är slut visar sidan att den är över).',
      )
      .meta({ title: 'Läge' }),
    owner: nonEmpty
      .optional()
      .describe('Vem som tog fram den, om det inte är organisationen själv.')
      .meta({ title: 'Framtagen av' }),
    adoptedBy: nonEmpty.optional().describe('Vem som antog den, med källans ord.').meta({ title: 'Antagen av' }),
    description: translatable
      .optional()
      .describe('Vad planen är till för, på källans språk.')
      .meta({ title: 'Beskrivning' }),
    period: periodSchema.default({}).describe('Årtalen planen gäller: `from` och `to`.').meta({ title: 'Period' }),
    announced: year
      .optional()
      .describe(
        'För en plan som källan bara aviserar, utan period: året då den enligt källan skulle tas fram eller beslutas ("ska tas fram under hösten 2013" blir 2013). När året har passerat visar sidan att planen aviserades då och att källan inte säger om den blev av.',
      )
      .meta({ title: 'Aviserad år' }),
    periodNote: translatable
      .optional()
      .describe('Vad källan säger om perioden när årtalen inte räcker, på källans språk.')
      .meta({ title: 'Om perioden' }),
    revision: translatable.optional().describe('Vad källan säger om revidering.').meta({ title: 'Revidering' }),
    replaces: nonEmpty
      .optional()
      .describe('Id för den plan i samma fil som den här ersätter.')
      .meta({ title: 'Ersätter' }),
    focusAreas: z
      .array(translatable.meta({ title: 'insatsområde' }))
      .default([])
      .describe('Insatsområden som planen nämner, med källans ord.')
      .meta({ title: 'Insatsområden' }),
    goals: z
      .array(translatable.meta({ title: 'mål' }))
      .default([])
      .describe('Mål som planen sätter, i ordning. Aktiviteterna hänvisar till dem med nummer.')
      .meta({ title: 'Mål' }),
    activities: z
      .array(activitySchema)
      .default([])
      .describe('Aktiviteterna, som i planens aktivitetsplan.')
      .meta({ title: 'Aktiviteter' }),
    source: sourceRef,
  })
  .meta({ title: 'plan' });

export const commitmentSchema = z
  .strictObject({
    id: idSchema
      .describe(
        'Kort id med a–z, siffror och bindestreck, unikt i filen, till exempel lika-lon. Används i länkar: ändra det inte.',
      )
      .meta({ title: 'Id' }),
    topic: nonEmpty
      .optional()
      .describe(
        'Ett av ämnena i content/topics.yaml: avgör var åtagandet syns i jämförelserna. Utelämna fältet om inget ämne passar; åtagandet visas då ändå på regionens sida.',
      )
      .meta({ title: 'Ämne' }),
    articles: z
      .array(z.int())
      .default([])
      .describe(
        'De artiklar i CEMR-deklarationen (1–30) som källans ord handlar om, till exempel [4, 11]: avgör var åtagandet syns på sidan om deklarationen.',
      )
      .meta({ title: 'Artiklar i deklarationen' }),
    statement: translatable
      .describe('Vad källan säger att organisationen ska göra, i en mening på källans språk.')
      .meta({ title: 'Åtagande' }),
    quote: nonEmpty.optional().describe('Källans egna ord, ordagrant.').meta({ title: 'Citat' }),
    source: sourceRef,
  })
  .meta({ title: 'åtagande' });

export const bodySchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    members: z
      .array(nonEmpty.meta({ title: 'medlem' }))
      .default([])
      .describe('Medlemmarna, som källan räknar upp dem.')
      .meta({ title: 'Medlemmar' }),
    membersNote: translatable
      .optional()
      .describe('Vad källan säger om medlemmarna när den inte räknar upp dem.')
      .meta({ title: 'Om medlemmarna' }),
    role: translatable.describe('Vad gruppen gör, på källans språk.').meta({ title: 'Uppdrag' }),
    source: sourceRef,
  })
  .meta({ title: 'grupp' });

export const partnerSchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    kind: z
      .enum(['partner', 'network', 'resource'])
      .describe(
        '`partner` (samarbetar med regionen), `network` (ett nätverk att gå med i) eller `resource` (information och stöd).',
      )
      .meta({ title: 'Slag' }),
    description: translatable.describe('Vad källan säger om den, på källans språk.').meta({ title: 'Beskrivning' }),
    url: webAddress.optional().describe('Webbadress, bara om källan anger den.').meta({ title: 'Webbadress' }),
    source: sourceRef,
  })
  .meta({ title: 'partner' });

export const projectSchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    kind: z
      .enum(['project', 'training', 'initiative'])
      .describe('`project`, `training` (utbildning) eller `initiative` (satsning).')
      .meta({ title: 'Slag' }),
    description: translatable.describe('Vad källan säger om den, på källans språk.').meta({ title: 'Beskrivning' }),
    source: sourceRef,
  })
  .meta({ title: 'projekt' });

const figureCommon = {
  label: translatable
    .describe('Vad som räknas, på källans språk; läses efter talet ("kommuner har kommit igång").')
    .meta({ title: 'Vad som räknas' }),
  asOf: year.optional().describe('Året siffran gäller, bara om källan anger det.').meta({ title: 'Gäller år' }),
  asOfNote: translatable
    .optional()
    .describe('Vad källan säger om när siffran gäller, när det inte finns något årtal.')
    .meta({ title: 'Om när siffran gäller' }),
  source: sourceRef,
};

export const figureSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('count').describe('Ett antal, eventuellt av ett totalt antal.').meta({ title: 'Antal' }),
      value: z.number().min(0).describe('Talet.').meta({ title: 'Tal' }),
      outOf: z
        .number()
        .min(0)
        .optional()
        .describe('Det totala antalet, till exempel 14 i "13 av 14".')
        .meta({ title: 'Av totalt' }),
      ...figureCommon,
    }),
    z.strictObject({
      kind: z.literal('range').describe('Ett spann mellan två värden, till exempel 0–100 %.').meta({ title: 'Spann' }),
      min: z.number().describe('Lägsta värdet.').meta({ title: 'Lägst' }),
      max: z.number().describe('Högsta värdet.').meta({ title: 'Högst' }),
      unit: nonEmpty.describe('Enheten, till exempel %.').meta({ title: 'Enhet' }),
      ...figureCommon,
    }),
  ])
  .describe('En siffra ur källan: `count` (ett antal) eller `range` (ett spann).')
  .meta({ title: 'Siffra' });

export const toolSchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    purpose: translatable.describe('Vad verktyget används till, på källans språk.').meta({ title: 'Används till' }),
    source: sourceRef,
  })
  .meta({ title: 'verktyg' });

export const contactSchema = z
  .strictObject({
    name: nonEmpty.describe('Namnet som i källan.').meta({ title: 'Namn' }),
    role: translatable.optional().describe('Roll eller titel som i källan.').meta({ title: 'Roll' }),
    organisation: nonEmpty.optional().describe('Arbetsgivaren som i källan.').meta({ title: 'Organisation' }),
    phone: nonEmpty.optional().describe('Telefonnumret som i källan.').meta({ title: 'Telefon' }),
    email: z
      .email({ error: (issue) => messages.emailAddress(found(issue)) })
      .optional()
      .describe('E-postadressen som i källan.')
      .meta({ title: 'E-post' }),
    asOf: year
      .describe('Året källan anger uppgifterna för. Kontaktuppgifter blir inaktuella, så sidan visar året.')
      .meta({ title: 'Uppgifterna gäller år' }),
    source: sourceRef,
  })
  .meta({ title: 'kontaktperson' });

export const sourceSchema = z
  .strictObject({
    id: idSchema.describe('Kort id som resten av filen hänvisar till med `source:`.').meta({ title: 'Id' }),
    title: nonEmpty.describe('Källans titel eller rubrik.').meta({ title: 'Titel' }),
    publisher: nonEmpty.optional().describe('Utgivaren, om den är känd.').meta({ title: 'Utgivare' }),
    kind: z
      .enum(['web-page', 'document', 'reference'])
      .describe(
        '`web-page` (webbsida), `document` (dokument) eller `reference` (offentlig uppgift som webbplatsen bygger bakgrundsfakta på).',
      )
      .meta({ title: 'Slag' }),
    language: contentLanguageSchema
      .describe('Källans språk: `sv`, `nb`, `nn`, `da`, `fi`, `is` eller `en`.')
      .meta({ title: 'Språk' }),
    year: year.optional().describe('Utgivningsår, om det anges.').meta({ title: 'År' }),
    dateNote: translatable
      .optional()
      .describe('Vad som går att säga om datum när källan saknar det.')
      .meta({ title: 'Om datum' }),
    url: webAddress.optional().describe('Webbadress, om den är känd.').meta({ title: 'Webbadress' }),
    note: translatable.optional().describe('Annat som en läsare bör veta om källan.').meta({ title: 'Anmärkning' }),
  })
  .meta({ title: 'källa' });

export const changeSchema = z
  .strictObject({
    date: isoDateSchema.describe('Datum för ändringen, ÅÅÅÅ-MM-DD. Ett datum per rad.').meta({ title: 'Datum' }),
    summary: translatable
      .describe('Vad som ändrades, i en mening på filens språk. Blir en post i nyhetsflödet.')
      .meta({ title: 'Vad som ändrades' }),
  })
  .meta({ title: 'ändring' });

export const regionFrontmatterSchema = z
  .strictObject({
    slug: idSchema
      .describe(
        'Filens namn utan .mdx, till exempel halland. Ingår i sidans adress: ändra det aldrig efter publicering. Bara a–z, siffror och bindestreck.',
      )
      .meta({ title: 'Filnamn (slug)' }),
    name: nonEmpty.describe('Regionens namn, till exempel Umeåregionen.').meta({ title: 'Regionens namn' }),
    country: z.enum(countries).describe('Land: `SE`, `NO`, `DK`, `FI` eller `IS`.').meta({ title: 'Land' }),
    language: contentLanguageSchema
      .describe(
        'Källans språk, som också är språket för all text i filen: `sv`, `nb`, `nn`, `da`, `fi`, `is` eller `en`.',
      )
      .meta({ title: 'Språk' }),
    summary: translatable
      .describe(
        'En eller två meningar som sammanfattar arbetet, på källans språk. Visas på startsidan och i sökresultat.',
      )
      .meta({ title: 'Sammanfattning' }),
    reviewed: isoDateSchema
      .describe('Datum då filen senast kontrollerades mot källorna, ÅÅÅÅ-MM-DD.')
      .meta({ title: 'Senast kontrollerad' }),
    organisations: z
      .array(organisationSchema)
      .min(1)
      .describe('Organisationerna bakom arbetet, med namn som i källan.')
      .meta({ title: 'Organisationer' }),
    place: placeSchema,
    charter: charterSchema,
    plans: z
      .array(planSchema)
      .meta(byId)
      .default([])
      .describe(
        'Planer, strategier och riktlinjer som källan nämner. Webbplatsen räknar själv ut om en plan gäller, utifrån perioden och dagens datum.',
      )
      .meta({ title: 'Planer och strategier' }),
    commitments: z
      .array(commitmentSchema)
      .min(1)
      .meta(byId)
      .describe('Vad källan säger att organisationen ska göra, ett påstående i taget.')
      .meta({ title: 'Åtaganden' }),
    bodies: z.array(bodySchema).default([]).describe('Grupper och utskott.').meta({ title: 'Grupper och utskott' }),
    partners: z
      .array(partnerSchema)
      .default([])
      .describe('Partner, nätverk och stöd.')
      .meta({ title: 'Partner, nätverk och stöd' }),
    projects: z
      .array(projectSchema)
      .default([])
      .describe('Projekt, utbildningar och satsningar.')
      .meta({ title: 'Projekt, utbildningar och satsningar' }),
    figures: z.array(figureSchema).default([]).describe('Siffror som källan anger.').meta({ title: 'Siffror' }),
    tools: z
      .array(toolSchema)
      .default([])
      .describe('Verktyg för uppföljning och analys, till exempel MakeEQuality och Jämix.')
      .meta({ title: 'Verktyg' }),
    contacts: z
      .array(contactSchema)
      .default([])
      .describe('Kontaktpersoner som källan nämner.')
      .meta({ title: 'Kontaktpersoner' }),
    sources: z
      .array(sourceSchema)
      .min(1)
      .meta(byId)
      .describe('Varje källa som filen bygger på, en gång var. Varje källa måste användas någonstans i filen.')
      .meta({ title: 'Källor' }),
    changes: z
      .array(changeSchema)
      .meta({ translationKey: 'date' })
      .default([])
      .describe(
        'Större ändringar av sidan, för nyhetsflödet. Små rättelser behöver ingen rad, men ändra alltid `reviewed`.',
      )
      .meta({ title: 'Ändringar' }),
  })
  .describe('En regionsida på Jämställdhetsportalen: fälten överst i content/regions/{slug}.mdx.');

const localizedText = z.strictObject({
  sv: nonEmpty.describe('Svenska.').meta({ title: 'Svenska' }),
  nb: nonEmpty.describe('Norska (bokmål).').meta({ title: 'Norska (bokmål)' }),
  en: nonEmpty.describe('Engelska.').meta({ title: 'Engelska' }),
});

export const topicSchema = z.strictObject({
  /** Stable id: part of topic URLs and comparison anchors. Never change it. */
  id: idSchema,
  label: localizedText,
  description: localizedText,
  /**
   * Charter articles the topic covers: only those that one of its commitments serves (rules.ts), so
   * possibly none, where no statement on the topic refers to an article.
   */
  articles: z.array(z.int()).default([]),
});

export const topicsFileSchema = z.strictObject({ topics: z.array(topicSchema).min(1) });

export const charterArticleSchema = z.strictObject({
  number: z.int().min(1),
  title: localizedText,
});

export const charterGroupSchema = z.strictObject({
  id: idSchema,
  title: localizedText,
  articles: z.array(charterArticleSchema).min(1),
});

export const charterFileSchema = z.strictObject({
  /** Which text of the charter this is. */
  edition: nonEmpty,
  groups: z.array(charterGroupSchema).min(1),
});

export type RegionFrontmatter = z.output<typeof regionFrontmatterSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type OrganisationType = (typeof organisationTypes)[number];
export type CharterStatus = z.output<typeof charterSchema>;
export type Plan = z.output<typeof planSchema>;
export type PlanKind = (typeof planKinds)[number];
export type Commitment = z.output<typeof commitmentSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Change = z.output<typeof changeSchema>;
export type ContentLanguage = (typeof contentLanguages)[number];
export type Country = (typeof countries)[number];
export type Topic = z.output<typeof topicSchema>;
export type LocalizedText = z.output<typeof localizedText>;
export type CharterFile = z.output<typeof charterFileSchema>;
export type CharterGroup = z.output<typeof charterGroupSchema>;
export type CharterArticle = z.output<typeof charterArticleSchema>;
