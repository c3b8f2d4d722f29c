/**
 * The content model: the single source of truth for what a region file, the topic list and the
 * charter may hold. Every field's doc comment is for developers; its `.describe()` text is what a
 * content editor sees on hover in an editor that reads the generated JSON Schema
 * (public/schema/region.schema.json). Both say the same thing at different lengths.
 *
 * Cross-field and cross-file rules (known topics and articles, existing source ids, periods that
 * end after they start) live in rules.ts: they need more than one value to judge.
 */
import { z } from 'zod';

import { describeValue, typographicQuotesHint } from './errors';

const nonEmpty = z.string().trim().min(1);

/** What was written, for messages that quote it back: "the text "x"", "the number 5". */
const found = (issue: { input?: unknown }) => `; found ${describeValue(issue.input)}${typographicQuotesHint(issue.input)}`;

/** Lowercase letters, digits and single hyphens: used for slugs and every id that ends up in a URL. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(idPattern, {
  error: (issue) =>
    `use only lowercase letters a-z, digits and single hyphens, like "lika-lon-2016" (å, ä, ö become a, a, o)${found(issue)}`,
});

const year = z
  .int()
  .min(1900, { error: (issue) => `write the year with four digits, like 2017${found(issue)}` })
  .max(2100, { error: (issue) => `write the year with four digits, like 2017${found(issue)}` });

const dateFormat = (issue: { input?: unknown }) => `write the date as YYYY-MM-DD, like 2024-05-01${found(issue)}`;

/** Why a YYYY-MM-DD text names no day that exists (2026-02-30, 2026-13-01), or undefined if it does. */
function notACalendarDay(text: string): string | undefined {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `${text} is not a date: the month must be 01-12`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${text} is not a date: month ${text.slice(5, 7)} of ${year} has ${days} days`;
  return undefined;
}

/**
 * A calendar date, written YYYY-MM-DD. YAML 1.2 (lib/content/yaml-read.ts) keeps it as text, so a day
 * that does not exist is refused here rather than rolled over into the next month.
 */
export const isoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : dateFormat(issue)) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: dateFormat, abort: true })
  .refine((text) => notACalendarDay(text) === undefined, {
    error: (issue) => notACalendarDay(String(issue.input)),
  })
  .meta({ format: 'date' });

const webAddress = z.url({
  protocol: /^https?$/,
  error: (issue) => `write the web address in full, starting with https:// (or http://)${found(issue)}`,
});

/**
 * Reference to one of the file's own sources, by its id. Any text is accepted here so that a wrong
 * reference gets the more useful message from rules.ts: which ids exist.
 */
const sourceRef = nonEmpty.describe('Id of the source this comes from: one of the ids under sources.');

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
      /** No change is known to the editors. Not a claim that nothing changed. */
      kind: z.literal('unchanged').describe('No change is known.'),
    }),
    z.strictObject({
      kind: z.literal('merged').describe('The organisation merged into another and no longer exists.'),
      /** The organisation it became part of. */
      into: nonEmpty.describe('Name of the organisation it merged into, e.g. "Innlandet fylkeskommune".'),
      /** Other organisations in the same merger, if the source names them. */
      with: z.array(nonEmpty).default([]).describe('Other organisations in the same merger.'),
      /** Year the merger took effect. */
      year: year.describe('Year the merger took effect.'),
      /** Exact date the merger took effect, where the source gives it. */
      date: isoDateSchema.optional().describe('Date the merger took effect, YYYY-MM-DD, if known.'),
      /** Where this fact comes from. */
      source: sourceRef,
    }),
    z.strictObject({
      kind: z.literal('renamed').describe('The organisation continues under another name.'),
      /** Its name now. */
      newName: nonEmpty.describe('The name the organisation has now, e.g. "Region Värmland".'),
      /** Year of the change, only where a source states it. */
      year: year.optional().describe('Year of the change, only if a source states it.'),
      /** Where this fact comes from. */
      source: sourceRef,
    }),
  ])
  .describe('What has become of the organisation: unchanged, merged or renamed.');

export const organisationSchema = z.strictObject({
  /** Name as written in the source, e.g. "Hedmark fylkeskommune". */
  name: nonEmpty.describe('Name as written in the source.'),
  /** What kind of body it is; shown translated on the site. */
  type: z.enum(organisationTypes).describe('What kind of body it is.'),
  /** What has become of it since. */
  status: organisationStatusSchema,
});

/** What the source says about the CEMR charter (European Charter for Equality of Women and Men in Local Life). */
export const charterSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('signed').describe('The source says the organisation has signed the charter.'),
      /** Who signed, in the source's words, and anything the source adds. */
      note: nonEmpty.describe('Who signed and what else the source says about it, in the source language.'),
      /** Verbatim words from the source. */
      quote: nonEmpty.optional().describe('The source’s own words, copied exactly.'),
      source: sourceRef,
    }),
    z.strictObject({
      status: z.literal('decided').describe('The source says the organisation has decided to sign.'),
      note: nonEmpty.describe('What the source says about the decision, in the source language.'),
      quote: nonEmpty.optional().describe('The source’s own words, copied exactly.'),
      source: sourceRef,
    }),
    z.strictObject({
      status: z
        .literal('referenced')
        .describe('The source bases its work on the charter but does not say whether it signed.'),
      note: nonEmpty.describe('How the source refers to the charter, in the source language.'),
      quote: nonEmpty.optional().describe('The source’s own words, copied exactly.'),
      source: sourceRef,
    }),
    z.strictObject({
      status: z.literal('not-mentioned').describe('The source does not mention the charter.'),
    }),
  ])
  .describe('What the source says about the CEMR charter: signed, decided, referenced or not-mentioned.');

/** A span of years. Either end may be missing when the source does not give it. */
export const periodSchema = z.strictObject({
  /** First year the plan applies to. */
  from: year.optional().describe('First year the plan applies to, if the source gives it.'),
  /** Last year the plan applies to. */
  to: year.optional().describe('Last year the plan applies to, if the source gives it.'),
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
export const activitySchema = z.strictObject({
  /** Number of the plan goal this activity serves (1 for the first goal in `goals`). */
  goal: z.int().min(1).optional().describe('Number of the goal in this plan that the activity serves.'),
  /** What is to be done. */
  activity: nonEmpty.describe('What is to be done, in the source language.'),
  /** When, in the source's words ("Januari – april 2014", "Löpande under året"). */
  when: nonEmpty.describe('When, in the source’s words.'),
  /** Who is responsible, in the source's words. */
  responsible: nonEmpty.describe('Who is responsible, in the source’s words.'),
});

export const planSchema = z.strictObject({
  /** Stable id, unique within the file; part of the page anchor. */
  id: idSchema.describe('Short stable id, unique in this file, e.g. "handlingsplan-2016-2018".'),
  /** Title as in the source; where the source gives none, a plain description. */
  title: nonEmpty.describe('Title as in the source.'),
  kind: z.enum(planKinds).describe('What kind of document it is.'),
  /** "adopted" when the source describes it as existing; "planned" when it is still to come. */
  state: z
    .enum(['adopted', 'planned'])
    .default('adopted')
    .describe('adopted if it exists according to the source, planned if the source says it is to come.'),
  /** Who drew it up or owns it, when that is not the region's own organisation. */
  owner: nonEmpty.optional().describe('Who drew it up, if not the organisation itself.'),
  /** Who adopted it, in the source's words. */
  adoptedBy: nonEmpty.optional().describe('Who adopted it, in the source’s words.'),
  /** What the plan is for, in one or two sentences in the source language. */
  description: nonEmpty.optional().describe('What the plan is for, in the source language.'),
  /** The years it applies to; leave out what the source does not say. */
  period: periodSchema.default({}),
  /**
   * For a plan the source only announces without a period: the year it was to be drawn up or decided,
   * as the source says ("ska tas fram under hösten 2013" is 2013). Once that year is past, the site
   * says the plan was announced then and that the source does not say whether it came about.
   */
  announced: year
    .optional()
    .describe('For a planned plan without a period: the year the source says it was to be drawn up, e.g. 2013.'),
  /** What the source says about the period where the years alone do not tell it. */
  periodNote: nonEmpty.optional().describe('What the source says about the period, in the source language.'),
  /** What the source says about revising the plan. */
  revision: nonEmpty.optional().describe('What the source says about revising the plan.'),
  /** Id of the plan in this file that this one replaces. */
  replaces: nonEmpty.optional().describe('Id of the plan in this file that this one replaces.'),
  /** Focus areas the plan names, in the source's words. */
  focusAreas: z.array(nonEmpty).default([]).describe('Focus areas the plan names.'),
  /** Goals the plan sets, in order; activities refer to them by number. */
  goals: z.array(nonEmpty).default([]).describe('Goals the plan sets, in order.'),
  /** Activities, as in the plan's activity table. */
  activities: z.array(activitySchema).default([]).describe('Activities, as in the plan’s activity table.'),
  source: sourceRef,
});

export const commitmentSchema = z.strictObject({
  /** Stable id, unique within the file: the commitment's anchor on the region page. */
  id: idSchema.describe('Short stable id, unique in this file, e.g. "lika-lon". Used in links: do not change it.'),
  /** Topic from content/topics.yaml; leave out when the statement fits no topic. */
  topic: nonEmpty.optional().describe('Topic id from content/topics.yaml; leave out if none fits.'),
  /** Numbers of the CEMR charter articles (1-30) the statement serves. */
  articles: z.array(z.int()).default([]).describe('Numbers of the CEMR charter articles (1-30) it serves.'),
  /** What the source commits to, in one sentence in the source language. */
  statement: nonEmpty.describe('What the source commits to, in one sentence, in the source language.'),
  /** The source's own words, verbatim, where they say it best. */
  quote: nonEmpty.optional().describe('The source’s own words, copied exactly.'),
  source: sourceRef,
});

export const bodySchema = z.strictObject({
  /** Name as in the source; where the source gives none, a plain description. */
  name: nonEmpty.describe('Name as in the source.'),
  /** Members as the source lists them. */
  members: z.array(nonEmpty).default([]).describe('Members as the source lists them.'),
  /** What the source says about the members when it does not list them. */
  membersNote: nonEmpty.optional().describe('What the source says about members when it does not list them.'),
  /** What the body does. */
  role: nonEmpty.describe('What the body does, in the source language.'),
  source: sourceRef,
});

export const partnerSchema = z.strictObject({
  name: nonEmpty.describe('Name as in the source.'),
  /** partner: works with the region; network: a network one can join; resource: a source of facts or advice. */
  kind: z.enum(['partner', 'network', 'resource']).describe('partner, network or resource.'),
  /** What the source says about it. */
  description: nonEmpty.describe('What the source says about it, in the source language.'),
  /** Web address, only where the source gives it. */
  url: webAddress.optional().describe('Web address, only if the source gives it.'),
  source: sourceRef,
});

export const projectSchema = z.strictObject({
  name: nonEmpty.describe('Name as in the source.'),
  kind: z.enum(['project', 'training', 'initiative']).describe('project, training or initiative.'),
  description: nonEmpty.describe('What the source says about it, in the source language.'),
  source: sourceRef,
});

const figureCommon = {
  /** What is counted, in the source language, read after the number ("kommuner har kommit igång"). */
  label: nonEmpty.describe('What is counted, read after the number, in the source language.'),
  /** The year the figure describes, only where the source states it. */
  asOf: year.optional().describe('Year the figure describes, only if the source states it.'),
  /** What the source says about when the figure applies, when there is no year. */
  asOfNote: nonEmpty.optional().describe('What the source says about when the figure applies.'),
  source: sourceRef,
};

export const figureSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('count').describe('A number of things, optionally out of a total.'),
      value: z.number().min(0).describe('The number.'),
      /** The total the number is part of ("13 of 14"). */
      outOf: z.number().min(0).optional().describe('The total it is part of, e.g. 14 in "13 of 14".'),
      ...figureCommon,
    }),
    z.strictObject({
      kind: z.literal('range').describe('A span between two values, e.g. 0-100 %.'),
      min: z.number().describe('Lowest value.'),
      max: z.number().describe('Highest value.'),
      unit: nonEmpty.describe('Unit, e.g. "%".'),
      ...figureCommon,
    }),
  ])
  .describe('A figure from the source: count or range.');

export const toolSchema = z.strictObject({
  /** Name as in the source (MakeEQuality, Jämix, a checklist). */
  name: nonEmpty.describe('Name as in the source.'),
  /** What it is used for. */
  purpose: nonEmpty.describe('What it is used for, in the source language.'),
  source: sourceRef,
});

export const contactSchema = z.strictObject({
  name: nonEmpty.describe('Name as in the source.'),
  /** Role or title as in the source. */
  role: nonEmpty.optional().describe('Role or title as in the source.'),
  organisation: nonEmpty.optional().describe('Employer as in the source.'),
  phone: nonEmpty.optional().describe('Phone number as in the source.'),
  email: z
    .email({ error: (issue) => `is not an e-mail address, like namn@example.se${found(issue)}` })
    .optional().describe('E-mail address as in the source.'),
  /** The year the source gives these details for; contacts go out of date. */
  asOf: year.describe('Year the source gives these details for.'),
  source: sourceRef,
});

export const sourceSchema = z.strictObject({
  /** Short stable id that the rest of the file refers to. */
  id: idSchema.describe('Short stable id that the rest of the file refers to.'),
  /** Title or heading of the source. */
  title: nonEmpty.describe('Title or heading of the source.'),
  /** Who published it, where known. */
  publisher: nonEmpty.optional().describe('Who published it, if known.'),
  /** web-page, document, or reference (a public record the site relies on for background facts). */
  kind: z.enum(['web-page', 'document', 'reference']).describe('web-page, document or reference.'),
  /** Language the source is written in. */
  language: contentLanguageSchema.describe('Language the source is written in.'),
  /** Year of publication, where the source states it. */
  year: year.optional().describe('Year of publication, if stated.'),
  /** What can be said about the source's date when it has none. */
  dateNote: nonEmpty.optional().describe('What can be said about the date when the source has none.'),
  url: webAddress.optional().describe('Web address, if known.'),
  /** Anything else a reader should know about the source. */
  note: nonEmpty.optional().describe('Anything else a reader should know about the source.'),
});

export const changeSchema = z.strictObject({
  date: isoDateSchema.describe('When the change was made, YYYY-MM-DD.'),
  /** What changed, in a sentence in the content language: it becomes an entry in the news feed. */
  summary: nonEmpty.describe('What changed, in one sentence, in the content language.'),
});

export const regionFrontmatterSchema = z
  .strictObject({
    /** The file name without .mdx; the region's address is /{locale}/regions/{slug}/. Never change it. */
    slug: idSchema.describe('The file name without .mdx, e.g. "halland". Part of the page address: never change it.'),
    /** The region's name, e.g. "Umeåregionen". */
    name: nonEmpty.describe('The region’s name, e.g. "Umeåregionen".'),
    country: z.enum(countries).describe('Country code: SE, NO, DK, FI or IS.'),
    /** Language of the source and of everything written in this file. */
    language: contentLanguageSchema.describe('Language of the source and of this file’s text: sv, nb, …'),
    /** One or two sentences for the region's card and the page description, in the content language. */
    summary: nonEmpty.describe('One or two sentences that sum up the region’s work, in the content language.'),
    /** The date an editor last checked this file against its sources. */
    reviewed: isoDateSchema.describe('Date this file was last checked against its sources, YYYY-MM-DD.'),
    /** The organisations behind the work, as the source names them. */
    organisations: z.array(organisationSchema).min(1).describe('The organisations behind the work.'),
    charter: charterSchema,
    plans: z.array(planSchema).default([]).describe('Plans, strategies and guidelines the source names.'),
    commitments: z.array(commitmentSchema).min(1).describe('What the source commits to, one statement each.'),
    bodies: z.array(bodySchema).default([]).describe('Committees and working groups.'),
    partners: z.array(partnerSchema).default([]).describe('Partners, networks and resources.'),
    projects: z.array(projectSchema).default([]).describe('Projects, trainings and initiatives.'),
    figures: z.array(figureSchema).default([]).describe('Figures the source gives.'),
    tools: z.array(toolSchema).default([]).describe('Follow-up and analysis tools.'),
    contacts: z.array(contactSchema).default([]).describe('Contact people the source names.'),
    sources: z.array(sourceSchema).min(1).describe('Every source this file relies on, each once.'),
    /** Significant changes to the page, for the news feed; small corrections need none. */
    changes: z.array(changeSchema).default([]).describe('Significant changes to this page, for the news feed.'),
  })
  .describe('A region page of Jämställdhetsportalen: the frontmatter of content/regions/{slug}.mdx.');

const localizedText = z.strictObject({
  sv: nonEmpty.describe('Swedish'),
  nb: nonEmpty.describe('Norwegian bokmål'),
  en: nonEmpty.describe('English'),
});

export const topicSchema = z.strictObject({
  /** Stable id: part of topic URLs and comparison anchors. Never change it. */
  id: idSchema,
  label: localizedText,
  description: localizedText,
  /** Charter articles the topic covers. */
  articles: z.array(z.int()).min(1),
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
