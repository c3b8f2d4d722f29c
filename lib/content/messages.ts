/**
 * Every message the content check gives an editor, in one place: the words staff read when a file
 * has a mistake, each saying what is wrong and what to do. The code that finds a mistake picks its
 * message here; the content guide's table of messages (docs/content-guide.md) explains each in
 * Swedish, and a test checks that the two agree. Values that quote the file back are passed in
 * already described ("the text "x"", "the number 5").
 */
import type { TermKind } from './termbase';

/** A value as the file has it, in quotation marks when it is text. */
export function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

const termKindWords: Record<TermKind, string> = {
  legal: 'a legal term',
  official: 'the name of an official body',
  document: "a document's name",
};

const typographicQuotes = 'The quotation marks “ ” that word processors write do not count in YAML';
const inDoubleQuotes = 'put the whole text in double quotes';
const fieldValueColon =
  'this line cannot be read as "field: value": the text contains a colon followed by a space. Put the whole text in double quotes';

export const messages = {
  // The file as a whole.
  fileMissing: () => 'the file is missing.',
  folderMissing: () => 'the folder is missing.',
  notUtf8: () =>
    'the file is not saved as UTF-8 (this character cannot be read). Save the file with the encoding "UTF-8" in your editor.',
  fileEmpty: () => 'the file is empty. A region file starts with a line ---, then its fields, then ---.',
  noFrontmatter: () =>
    'the file has no frontmatter: its first line must be --- , followed by the fields, and then another line --- .',
  fieldsNeverClosed: () =>
    'the fields are never closed: after the last field, write a line with only --- (the text of the page comes after it).',
  frontmatterEmpty: () => 'the frontmatter between the --- lines is empty.',

  // How a line of YAML is written.
  tabIndent: () => 'this line is indented with a tab; indent with spaces (two for each level)',
  unusualSpaceAtStart: () =>
    'the line starts with a non-breaking space (often copied from Word or a web page); delete the spaces at the start of the line and type ordinary ones',
  unusualSpaceAtMarker: (sign: 'colon' | 'dash') =>
    `a non-breaking space (often copied from Word or a web page) next to the ${sign}; delete it and type an ordinary space`,
  commentInText: () =>
    'the text stops before " #": YAML reads a space followed by # as the start of a note, and leaves the rest out. Put the whole text in double quotes',
  signAtStart: (sign: string) =>
    `a text cannot start with ${sign}, which YAML reads as a sign of its own; ${inDoubleQuotes}`,
  badStart: (sign: string) => `a text cannot start with ${sign}; ${inDoubleQuotes}`,
  dashAfterColon: () => `a text cannot start with "- " after the colon; ${inDoubleQuotes}`,
  duplicateField: (field: string, firstLine: number | undefined) =>
    `the field "${field}" is written twice in the same group${firstLine === undefined ? '' : ` (first on line ${firstLine})`}; keep one of them`,
  noSpaceAfterColon: (field: string) => `put a space after the colon, as in "${field} …"`,
  colonInText: (typographic: boolean) =>
    `${fieldValueColon}.${typographic ? ` ${typographicQuotes}: type straight ones (").` : ''}`,
  indentedFurther: (field: string) =>
    `this line is indented further than the field "${field}" above it; start it in the same column as "${field}"`,
  notFieldValue: () =>
    'this line is not "field: value". If it continues the text above, indent it below that text; a list item starts with "- "',
  backslashInQuotes: () =>
    'inside double quotes a backslash \\ starts a special sign; write \\\\ for a backslash, or use single quotes',
  documentMarkerInFields: () =>
    'a line with only --- belongs at the start and the end of the fields, nowhere between them',
  textEndUnclear: () => `YAML cannot tell where this text ends; ${inDoubleQuotes}`,
  textAfterClosingQuote: () =>
    "there is more text after the closing quotation mark. For quotation marks inside a text, put the whole text in single quotes ('…'); for an apostrophe inside '…', write it twice ('')",
  quoteNeverClosed: (mark: string, typographic: boolean) =>
    `this quotation mark (${mark}) is never closed: end the text with ${mark} on the same line.${typographic ? ` ${typographicQuotes}: type straight ones (").` : ''}`,
  someQuoteNeverClosed: () => 'a quotation mark is opened but never closed',
  indentMismatch: () =>
    'the spaces at the start of this line do not line up with the lines around it: the fields of one group start in the same column',
  flowListUnclosed: () => 'a list in [ ] is missing its closing ] or a comma',
  flowGroupUnclosed: () => 'a group in { } is missing its closing } or a comma',
  yamlUnreadable: (reason: string) => `the YAML cannot be read: ${reason}`,

  // What a field holds. `found` describes what was written ("the text "x"").
  requiredMissing: () => 'is required but missing',
  emptyValue: () => 'is empty: write a value after the colon, or delete the line if the field is optional',
  emptyListItem: () => 'is an empty list item: write the item after "- ", or delete the line',
  wrongKind: (expected: string, found: string, hint: string) => `should be ${expected}, but is ${found}${hint}`,
  numberInQuotes: (number: string) => `. Write the number without quotation marks: ${number}`,
  decimalComma: (number: string) => `. Write decimals with a point: ${number}`,
  yearAsPeriod: () => '. A year is one number; for a period, write from: and to: on lines of their own',
  numberWithWords: () => '. Write only the number, without words, units or spaces',
  noSpaceAfterDash: () => '. Put a space after each "-": every item starts with "- " on a line of its own',
  listAsText: () => '. Write a list as [a, b] on one line, or each item on a line of its own starting with "- "',
  singleItem: (item: string) => `. For a single item, write [${item}]`,
  numberAsText: (value: string) => `. To keep it as text, put it in double quotes: "${value}"`,
  textWithColon: () => '. If the text contains a colon followed by a space, put the whole text in double quotes',
  groupAsText: () => '. Write its fields on the lines below, indented by two more spaces',
  typographicQuotesInValue: () =>
    '. The quotation marks “ ” from a word processor are part of the text in YAML: type straight ones (") or none',
  notOneOf: (values: readonly unknown[], found: string, hint: string) =>
    `must be one of ${values.map(quote).join(', ')}; found ${found}${hint}`,
  didYouMean: (name: string) => `; did you mean ${quote(name)}?`,
  needsField: (field: string, values: readonly unknown[]) =>
    `needs the field ${quote(field)}: one of ${values.map(quote).join(', ')}`,
  noAllowedForm: () => 'does not match any of the allowed forms',
  mustNotBeEmpty: () => 'must not be empty',
  atLeastItems: (minimum: number) => `needs at least ${minimum} item${minimum === 1 ? '' : 's'}`,
  atLeast: (minimum: number, found: string) => `must be at least ${minimum}; found ${found}`,
  atMostItems: (maximum: number) => `may have at most ${maximum} items`,
  atMostCharacters: (maximum: number) => `may be at most ${maximum} characters long`,
  atMost: (maximum: number, found: string) => `must be at most ${maximum}; found ${found}`,
  unknownFields: (keys: readonly string[]) =>
    `unknown field${keys.length === 1 ? '' : 's'} ${keys.map(quote).join(', ')}`,
  unknownField: (field: string, suggestion: string | undefined, allowed: readonly string[]) =>
    `unknown field ${quote(field)}${suggestion ? `; did you mean ${quote(suggestion)}?` : ''}${allowed.length > 0 ? ` Fields allowed here: ${allowed.join(', ')}.` : ''}`,
  notValid: (found: string) => `is not valid; found ${found}`,
  idFormat: (found: string) =>
    `use only lowercase letters a-z, digits and single hyphens, like "lika-lon-2016" (å, ä, ö become a, a, o); found ${found}`,
  yearFormat: (found: string) => `write the year with four digits, like 2017; found ${found}`,
  dateFormat: (found: string) => `write the date as YYYY-MM-DD, like 2024-05-01; found ${found}`,
  noSuchMonth: (date: string) => `${date} is not a date: the month must be 01-12`,
  noSuchDay: (date: string, month: string, year: number, days: number) =>
    `${date} is not a date: month ${month} of ${year} has ${days} days`,
  webAddress: (found: string) => `write the web address in full, starting with https:// (or http://); found ${found}`,
  emailAddress: (found: string) => `is not an e-mail address, like namn@example.se; found ${found}`,
  municipalityCodeFormat: (found: string, codesOfThatName: readonly string[]) =>
    `write the municipality's code with four digits, like "2480" (SCB's kommunkod, SSB's kommunenummer); found ${found}${codesOfThatName.length > 0 ? `. ${codesOfThatName.join('; ')}` : ''}`,
  codeOfName: (name: string, county: string, code: string) => `${name} (${county}) has the code ${quote(code)}`,
  municipalityCodeAsNumber: (code: string) =>
    `write the code in double quotes, like "${code}": without them YAML reads a number and drops a leading 0`,

  // What one field cannot judge alone: references within the file and between files.
  slugTaken: (slug: string) => `the slug ${quote(slug)} is taken by a page of the site; choose another`,
  slugNotFileName: (slug: string, fileSlug: string) =>
    `the slug ${quote(slug)} must be the file name without .mdx: ${quote(fileSlug)}`,
  slugUsedTwice: (slug: string, otherFile: string) => `the slug ${quote(slug)} is also used by ${otherFile}`,
  reviewedAfterToday: (date: string, today: string) =>
    `the date ${date} is after today (${today}); write the day the file was last checked against its sources`,
  changeAfterToday: (date: string, today: string) =>
    `the date ${date} is after today (${today}); write the day the change was made`,
  sourceIdTwice: (id: string) => `the source id ${quote(id)} is used twice; list each source once`,
  unknownSource: (id: string, known: readonly string[]) =>
    `unknown source ${quote(id)}; sources in this file: ${known.length > 0 ? known.join(', ') : '(none)'}`,
  sourceUnused: (id: string) => `the source ${quote(id)} is listed, but nothing in the file refers to it`,
  idUsedTwice: (kind: 'plan' | 'commitment' | 'topic', id: string) => `the ${kind} id ${quote(id)} is used twice`,
  periodBackwards: (from: number, to: number) => `the period ends (${to}) before it starts (${from})`,
  unknownReplaced: (id: string, plans: readonly string[]) =>
    `no other plan in this file has the id ${quote(id)}; plans: ${plans.length > 0 ? plans.join(', ') : '(none)'}`,
  unknownGoal: (goal: number, goals: number) =>
    `goal ${goal} does not exist; this plan has ${goals} goal(s) under goals`,
  sameCommitment: (firstIndex: number) =>
    `the same commitment as commitments[${firstIndex}] (same topic and statement)`,
  unknownTopic: (topic: string, known: readonly string[]) =>
    `unknown topic ${quote(topic)}; known topics: ${known.join(', ')}`,
  unknownArticle: (article: number, first: number, last: number) =>
    `unknown article ${article}; the charter has articles ${first}-${last}`,
  sameChangeDate: (firstIndex: number) =>
    `changes[${firstIndex}] has the same date; write one change per date, summing up the day's changes`,
  totalBelowNumber: (total: number, value: number) => `the total (${total}) is smaller than the number (${value})`,
  rangeBackwards: (min: number, max: number) => `the range ends (${max}) below where it starts (${min})`,
  unknownMunicipality: (code: string, country: string) =>
    `no municipality in ${country} has the code ${quote(code)}; the page /sv/municipalities/ lists every municipality with its code`,
  municipalityTwice: (code: string, name: string, firstIndex: number) =>
    `${quote(code)} (${name}) is already listed, as place.municipalities[${firstIndex}]; list each municipality once`,
  municipalityInOtherCountry: (code: string, name: string, itsCountry: string, country: string) =>
    `${quote(code)} is ${name} in ${itsCountry}, but the region is in ${country} (the field country); list only municipalities in the region's country`,
  noMunicipalityRegister: (country: string) =>
    `the site has no register of the municipalities in ${country} yet, so their codes cannot be checked; ask the site's developers to add it (assets/places/)`,
  topicArticleUnserved: (article: number, topic: string) =>
    `no commitment on the topic ${quote(topic)} serves article ${article}; take the article off the topic, or add it to a commitment whose words serve it`,
  topicIdTaken: (id: string) => `the id ${quote(id)} is taken by a part of the pages; choose another`,
  articlesOutOfOrder: (expected: number, found: number) =>
    `articles must be numbered in order without gaps: expected ${expected}, found ${found}`,

  // The text of the page (MDX).
  mdxUnreadable: (reason: string) =>
    `the text cannot be read as MDX: ${reason}. In MDX, < and { start code; to write them as text, put a backslash before them: \\< and \\{.`,
  emptyTag: () => 'empty tags <> </> are not allowed in content.',
  forbiddenElement: (name: string) =>
    `<${name}> is not allowed in content: the content files may not run or embed code.`,
  unknownComponent: (name: string, allowed: string) =>
    `<${name}> cannot be used in content. Allowed: ${allowed}. For a link write [text](address); for emphasis **bold** or _italic_.`,
  expressionAttribute: () => 'attributes written with { } are not allowed in content.',
  codeAttribute: (name: string) => `the attribute ${name} runs code and is not allowed in content.`,
  unknownAttribute: (component: string, name: string, allowed: readonly string[]) =>
    `<${component}> has no attribute ${name}; it takes: ${allowed.join(', ')}.`,
  attributeInQuotes: (name: string) => `write the value of ${name} in quotes, like ${name}="en".`,
  attributeMissing: (component: string, name: string) =>
    `<${component}> needs the attribute ${name}, like <${component} ${name}="en">.`,
  importExport: (allowed: string) =>
    `import and export statements are not allowed in content; the components content may use (${allowed}) work without import.`,
  curlyBraces: () => 'curly braces { } are code in MDX and are not allowed in content. To write a brace as text: \\{',
  topHeading: () => 'write headings with ## or more: the page already has its title (#).',
  image: () => 'images are not supported in region content yet.',
  noSuchPage: (url: string) =>
    `the link ${url} leads to no page on this site. Pages have addresses like /sv/regions/halland/.`,
  incompleteLink: (url: string) =>
    `write the link ${url} in full: /sv/… for a page on this site, https://… for another site.`,

  // Translations (content/translations/{locale}/{slug}.mdx).
  translationHash: (found: string) =>
    `write the hash of the source text, eight letters as npm run translations shows it; found ${found}`,
  translationFolderUnknown: (folder: string, locales: readonly string[]) =>
    `translations go in a folder named for the site's language they are in (${locales.join(', ')}), not ${quote(folder)}`,
  translationOfUnknownRegion: (slug: string) =>
    `there is no region file content/regions/${slug}.mdx for this translation; name the file as the region's`,
  translationIntoSourceLanguage: (locale: string) =>
    `the region is written in ${locale}: a translation into its own language is not needed; delete the file`,
  notTranslatable: (path: string, translatable: readonly string[]) =>
    `${path} is not translated: names, quotes and facts stay the source's${translatable.length > 0 ? `; this part's texts to translate: ${translatable.join(', ')}` : ''}`,
  unknownTranslationPath: (path: string) =>
    `the region file has no text at ${path}; check the id (npm run translations -- <slug> <language> lists every text)`,

  // The termbase (content/termbase.yaml): what a translation must say for a term of the source.
  termMissing: (term: string, expected: string, kind: TermKind) =>
    `the source says ${quote(term)}, ${termKindWords[kind]}, which the termbase (content/termbase.yaml) translates as ${quote(expected)}; write ${quote(expected)} in the translation`,
  termKept: (term: string, kind: TermKind) =>
    `the source says ${quote(term)}, ${termKindWords[kind]}, which the termbase (content/termbase.yaml) keeps in the original; write ${quote(term)} in the translation`,
  termGlossMissing: (term: string, gloss: string, kind: TermKind) =>
    `the translation keeps ${quote(term)}, ${termKindWords[kind]}, but not its gloss from the termbase (content/termbase.yaml); write ${quote(gloss)} in brackets after it`,
  renderingMissing: (locale: string) =>
    `the term has no rendering for ${locale}; give one (approved: or keep: true), or the check cannot hold ${locale} translations to it`,
  renderingUnclear: () =>
    'give either approved: (the rendering to write) or keep: true (the term stays in the original), not both and not neither',

  // What npm run content:check says at the end.
  warningSummary: (warnings: number) =>
    `${warnings} warning${warnings === 1 ? '' : 's'}: the site builds, but a translation says a document's name otherwise than the termbase.`,
  errorSummary: (errors: number, files: number) =>
    `${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and run npm run content:check again (docs/content-guide.md explains each message).`,
  contentOk: (
    counts: { regions: number; commitments: number; drafts: number; topics: number; articles: number },
    dir: string,
  ) =>
    `Content OK: ${counts.regions} regions (${counts.commitments} commitments)` +
    (counts.drafts > 0 ? `, ${counts.drafts} draft(s) not published` : '') +
    `, ${counts.topics} topics, ${counts.articles} charter articles in ${dir}/.`,
  translationSummary: (counts: readonly { slug: string; locale: string; outdated: number; missing: number }[]) => {
    const open = counts.filter((count) => count.outdated + count.missing > 0);
    if (open.length === 0) return `Translations: all ${counts.length} up to date.`;
    return [
      `Translations: ${open.length} of ${counts.length} not up to date; their pages show the source's words where a translation is missing or outdated (npm run translations lists them):`,
      ...open.map((count) => `  ${count.locale}/${count.slug}: ${count.missing} missing, ${count.outdated} outdated`),
    ].join('\n');
  },
} as const;

export type MessageName = keyof typeof messages;
