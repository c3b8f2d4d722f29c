/**
 * The termbase (content/termbase.yaml): the source-language terms a translation must render one
 * agreed way, because a loose rendering changes what they mean or whom they name. Legal terms, official
 * bodies, document names; for each locale the approved rendering, or that the term is kept in the
 * original, with a gloss. The content check holds every current translation to it: a legal term or
 * an official body without its rendering is an error, a document name without it a warning (names of
 * documents are kept in the original anyway, so a miss there is rarely a change of meaning).
 */
import { z } from 'zod';

import { type Locale, locales } from '../i18n/locales';
import { type ContentError, formatFieldPath } from './errors';
import { messages } from './messages';
import { contentLanguageSchema } from './schema';
import { bodyPath, type SourceText } from './translatable';
import type { Locate } from './yaml-locate';

const text = z.string().trim().min(1);

export const termKinds = ['legal', 'official', 'document'] as const;

const renderingSchema = z
  .strictObject({
    approved: text.optional().describe('Den godkända översättningen, som den ska stå i översättningen.'),
    accept: z
      .array(text)
      .default([])
      .describe('Andra former av den godkända översättningen som också godtas, till exempel ett sammansatt ord.'),
    keep: z.literal(true).optional().describe('Termen står kvar på källans språk i översättningen.'),
    gloss: text
      .optional()
      .describe(
        'En kort förklaring på översättningens språk, inom parentes efter originalet. Översättningen av varje text som nämner termen ska ha den.',
      ),
  })
  .describe('Hur termen återges på ett av webbplatsens språk: `approved`, eller `keep: true` med `gloss`.');

export const termSchema = z.strictObject({
  term: text.describe('Termen som källan skriver den, i grundform.'),
  language: contentLanguageSchema.describe('Källans språk: `sv`, `nb` …'),
  kind: z
    .enum(termKinds)
    .describe(
      '`legal` (juridisk term), `official` (myndighet, organ eller område) eller `document` (dokumentets namn).',
    ),
  forms: z
    .array(text)
    .default([])
    .describe(
      'Andra former av termen som källan använder, om de inte börjar som termen (till exempel en förkortning).',
    ),
  note: text.optional().describe('Vad termen betyder, och varför den återges så.'),
  renderings: z.partialRecord(z.enum(locales), renderingSchema).describe('Återgivningen på sv, nb och en.'),
});

export const termbaseFileSchema = z
  .strictObject({ terms: z.array(termSchema).default([]) })
  .describe('Termbanken: content/termbase.yaml.');

export type Term = z.output<typeof termSchema>;
export type TermKind = (typeof termKinds)[number];
type Rendering = z.output<typeof renderingSchema>;

/**
 * The endings a word of a phrase may take and still count as the phrase: Swedish and Norwegian
 * definite and plural endings ("regering" in "regeringens", "mål" in "målene"), English plural and
 * possessive ones. A compound that goes on ("regering" in "Regeringskansliet") does not count: a
 * term's other forms are listed in `forms`, a rendering's in `accept`.
 */
const endings: Record<string, string> = { en: "(?:'s|s|es)?", default: '\\p{L}{0,3}' };

/** Whether a text uses a phrase, each of its words whole or with one of the language's endings. */
function mentions(textToSearch: string, phrase: string, language: string): boolean {
  const ending = endings[language] ?? endings.default!;
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ending);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(textToSearch);
}

/** The forms of a term a source may use. */
const formsOf = (term: Term) => [term.term, ...term.forms];

/** The terms of the termbase that a source text uses. */
export function termsIn(terms: readonly Term[], source: SourceText, language: string): Term[] {
  return terms.filter(
    (term) => term.language === language && formsOf(term).some((form) => mentions(source.text, form, language)),
  );
}

/** What a translation must say for a term: the approved rendering (or an accepted form), or the source's own word. */
export function renderingOf(term: Term, locale: Locale): { rendering: Rendering; expected: string[] } | undefined {
  const rendering = term.renderings[locale];
  if (!rendering) return undefined;
  return {
    rendering,
    expected: rendering.approved ? [rendering.approved, ...rendering.accept] : formsOf(term),
  };
}

export interface TermMiss {
  path: string;
  term: Term;
  /** What the translation should have said, as the termbase puts it. */
  expected: string;
  kept: boolean;
  /** Set where the kept term is there but its gloss is not. */
  gloss?: string;
}

/** The terms each translated text lacks, against the source text it translates. */
export function termMisses(
  terms: readonly Term[],
  sources: readonly SourceText[],
  translations: Record<string, { text: string }>,
  language: string,
  locale: Locale,
): TermMiss[] {
  return sources.flatMap((source) => {
    const translation = translations[source.path];
    if (!translation) return [];
    return termsIn(terms, source, language).flatMap((term) => {
      const wanted = renderingOf(term, locale);
      if (!wanted) return [];
      // A kept term reads as the original only with its gloss beside it: "aktivitetsplikt" alone tells
      // an English reader nothing, and with the wrong gloss it says another duty.
      const { gloss } = wanted.rendering;
      const wordsIn = wanted.rendering.keep ? term.language : locale;
      const said = wanted.expected.some((form) => mentions(translation.text, form, wordsIn));
      const glossed = gloss === undefined || mentions(translation.text, gloss, locale);
      if (said && glossed) return [];
      return [
        {
          path: source.path,
          term,
          expected: wanted.expected[0]!,
          kept: wanted.rendering.keep === true,
          ...(said && gloss !== undefined && { gloss }),
        },
      ];
    });
  });
}

/** A translation's misses: the terms its current texts lack. */
export function translationTermMisses(
  terms: readonly Term[],
  states: readonly (SourceText & { status: string })[],
  translation: { entries: Record<string, { text: string }> },
  language: string,
  locale: Locale,
): TermMiss[] {
  const current = states.filter((state) => state.status === 'current');
  return termMisses(terms, current, translation.entries, language, locale);
}

/**
 * Each miss as a located error or warning in the translation file: legal and official terms are
 * errors. A miss in the translated narrative is placed at its first line, below the fields.
 */
export function termMissErrors(
  file: string,
  locate: Locate,
  bodyLine: number,
  misses: readonly TermMiss[],
): { errors: ContentError[]; warnings: ContentError[] } {
  const located = (miss: TermMiss): ContentError => {
    const path = ['entries', miss.path, 'text'];
    const place =
      miss.path === bodyPath
        ? { line: bodyLine, column: 1, field: '' }
        : { ...locate(path), field: formatFieldPath(path) };
    const message =
      miss.gloss !== undefined
        ? messages.termGlossMissing(miss.term.term, miss.gloss, miss.term.kind)
        : miss.kept
          ? messages.termKept(miss.term.term, miss.term.kind)
          : messages.termMissing(miss.term.term, miss.expected, miss.term.kind);
    return { file, ...place, message };
  };
  return {
    errors: misses.filter((miss) => miss.term.kind !== 'document').map(located),
    warnings: misses.filter((miss) => miss.term.kind === 'document').map(located),
  };
}

/**
 * Terms that leave a locale without a rendering (the check would then say nothing of it), or whose
 * rendering says neither what to write nor that the term is kept: each a located error.
 */
export function termbaseRules(file: string, locate: Locate, terms: readonly Term[]): ContentError[] {
  return terms.flatMap((term, index) =>
    locales
      .filter((locale) => locale !== term.language)
      .flatMap((locale): ContentError[] => {
        const rendering = term.renderings[locale];
        const path = ['terms', index, 'renderings', ...(rendering ? [locale] : [])];
        const at = { file, ...locate(path), field: formatFieldPath(path) };
        if (!rendering) return [{ ...at, message: messages.renderingMissing(locale) }];
        if ((rendering.approved === undefined) === (rendering.keep === undefined)) {
          return [{ ...at, message: messages.renderingUnclear() }];
        }
        return [];
      }),
  );
}
