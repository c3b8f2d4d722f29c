import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type MessageName, messages } from '../../lib/content/messages';

/** One example of each message, as an editor would see it; the type asks for one per message. */
const examples: Record<MessageName, string> = {
  fileMissing: messages.fileMissing(),
  folderMissing: messages.folderMissing(),
  notUtf8: messages.notUtf8(),
  fileEmpty: messages.fileEmpty(),
  noFrontmatter: messages.noFrontmatter(),
  fieldsNeverClosed: messages.fieldsNeverClosed(),
  frontmatterEmpty: messages.frontmatterEmpty(),
  tabIndent: messages.tabIndent(),
  unusualSpaceAtStart: messages.unusualSpaceAtStart(),
  unusualSpaceAtMarker: messages.unusualSpaceAtMarker('colon'),
  commentInText: messages.commentInText(),
  signAtStart: messages.signAtStart('*'),
  badStart: messages.badStart('*'),
  dashAfterColon: messages.dashAfterColon(),
  duplicateField: messages.duplicateField('title', 12),
  noSpaceAfterColon: messages.noSpaceAfterColon('name:'),
  colonInText: messages.colonInText(false),
  indentedFurther: messages.indentedFurther('title'),
  notFieldValue: messages.notFieldValue(),
  backslashInQuotes: messages.backslashInQuotes(),
  documentMarkerInFields: messages.documentMarkerInFields(),
  textEndUnclear: messages.textEndUnclear(),
  textAfterClosingQuote: messages.textAfterClosingQuote(),
  quoteNeverClosed: messages.quoteNeverClosed('"', true),
  someQuoteNeverClosed: messages.someQuoteNeverClosed(),
  indentMismatch: messages.indentMismatch(),
  flowListUnclosed: messages.flowListUnclosed(),
  flowGroupUnclosed: messages.flowGroupUnclosed(),
  yamlUnreadable: messages.yamlUnreadable('Unexpected scalar'),
  requiredMissing: messages.requiredMissing(),
  emptyValue: messages.emptyValue(),
  emptyListItem: messages.emptyListItem(),
  wrongKind: messages.wrongKind('a number', 'the text "2017"', ''),
  numberInQuotes: messages.wrongKind('a number', 'the text "2017"', messages.numberInQuotes('2017')),
  decimalComma: messages.wrongKind('a number', 'the text "13,5"', messages.decimalComma('13.5')),
  yearAsPeriod: messages.wrongKind('a whole number', 'the text "2016-2018"', messages.yearAsPeriod()),
  numberWithWords: messages.wrongKind('a number', 'the text "13 kommuner"', messages.numberWithWords()),
  noSpaceAfterDash: messages.wrongKind(
    'a list (lines starting with "- ")',
    'the text "-Anna"',
    messages.noSpaceAfterDash(),
  ),
  listAsText: messages.wrongKind('a list (lines starting with "- ")', 'the text "1, 2"', messages.listAsText()),
  singleItem: messages.wrongKind('a list (lines starting with "- ")', 'the number 1', messages.singleItem('1')),
  numberAsText: messages.wrongKind('text', 'the number 2020', messages.numberAsText('2020')),
  textWithColon: messages.wrongKind('text', 'a group of fields', messages.textWithColon()),
  groupAsText: messages.wrongKind('a group of fields', 'the text "2016"', messages.groupAsText()),
  typographicQuotesInValue: messages.dateFormat(`the text "”2024-05-01”"${messages.typographicQuotesInValue()}`),
  notOneOf: messages.notOneOf(['SE', 'NO'], 'the text "Sverige"', ''),
  didYouMean: messages.notOneOf(['SE', 'NO'], 'the text "se"', messages.didYouMean('SE')),
  needsField: messages.needsField('status', ['signed', 'not-mentioned']),
  noAllowedForm: messages.noAllowedForm(),
  mustNotBeEmpty: messages.mustNotBeEmpty(),
  atLeastItems: messages.atLeastItems(1),
  atLeast: messages.atLeast(0, 'the number -1'),
  atMostItems: messages.atMostItems(3),
  atMostCharacters: messages.atMostCharacters(200),
  atMost: messages.atMost(30, 'the number 31'),
  unknownFields: messages.unknownFields(['titel']),
  unknownField: messages.unknownField('titel', 'title', ['id', 'title']),
  notValid: messages.notValid('the text "x"'),
  idFormat: messages.idFormat('the text "Lika lön"'),
  yearFormat: messages.yearFormat('the number 17'),
  dateFormat: messages.dateFormat('the text "1 maj 2024"'),
  noSuchMonth: messages.noSuchMonth('2026-13-01'),
  noSuchDay: messages.noSuchDay('2026-02-30', '02', 2026, 28),
  webAddress: messages.webAddress('the text "www.halland.se"'),
  emailAddress: messages.emailAddress('the text "namn at example.se"'),
  municipalityCodeFormat: messages.municipalityCodeFormat('the text "Umeå"', []),
  codeOfName: messages.municipalityCodeFormat('the text "Umeå"', [
    messages.codeOfName('Umeå', 'Västerbottens län', '2480'),
  ]),
  municipalityCodeAsNumber: messages.municipalityCodeAsNumber('0301'),
  unknownMunicipality: messages.unknownMunicipality('2499', 'Sweden'),
  municipalityTwice: messages.municipalityTwice('2480', 'Umeå', 0),
  municipalityInOtherCountry: messages.municipalityInOtherCountry('3427', 'Tynset', 'Norway', 'Sweden'),
  noMunicipalityRegister: messages.noMunicipalityRegister('Denmark'),
  slugTaken: messages.slugTaken('pair'),
  slugNotFileName: messages.slugNotFileName('hallands-lan', 'halland'),
  slugUsedTwice: messages.slugUsedTwice('halland', 'content/regions/halland.mdx'),
  reviewedAfterToday: messages.reviewedAfterToday('2030-01-01', '2026-11-26'),
  changeAfterToday: messages.changeAfterToday('2030-01-01', '2026-11-26'),
  sourceIdTwice: messages.sourceIdTwice('plan'),
  unknownSource: messages.unknownSource('plan', ['strategi']),
  sourceUnused: messages.sourceUnused('plan'),
  idUsedTwice: messages.idUsedTwice('plan', 'plan-2017'),
  periodBackwards: messages.periodBackwards(2017, 2015),
  unknownReplaced: messages.unknownReplaced('plan-2010', ['plan-2017']),
  unknownGoal: messages.unknownGoal(5, 3),
  sameCommitment: messages.sameCommitment(2),
  unknownTopic: messages.unknownTopic('lön', ['employer']),
  unknownArticle: messages.unknownArticle(31, 1, 30),
  sameChangeDate: messages.sameChangeDate(0),
  totalBelowNumber: messages.totalBelowNumber(13, 14),
  rangeBackwards: messages.rangeBackwards(100, 0),
  topicArticleUnserved: messages.topicArticleUnserved(1, 'leadership'),
  topicIdTaken: messages.topicIdTaken('data'),
  articlesOutOfOrder: messages.articlesOutOfOrder(5, 6),
  mdxUnreadable: messages.mdxUnreadable('Unexpected character'),
  emptyTag: messages.emptyTag(),
  forbiddenElement: messages.forbiddenElement('script'),
  unknownComponent: messages.unknownComponent('Foo', '<Lang>'),
  expressionAttribute: messages.expressionAttribute(),
  codeAttribute: messages.codeAttribute('onClick'),
  unknownAttribute: messages.unknownAttribute('Lang', 'title', ['lang']),
  attributeInQuotes: messages.attributeInQuotes('lang'),
  attributeMissing: messages.attributeMissing('Lang', 'lang'),
  importExport: messages.importExport('<Lang>'),
  curlyBraces: messages.curlyBraces(),
  topHeading: messages.topHeading(),
  image: messages.image(),
  noSuchPage: messages.noSuchPage('/sv/regions/gotland/'),
  incompleteLink: messages.incompleteLink('www.halland.se'),
  translationHash: messages.translationHash('the text "abc"'),
  translationFolderUnknown: messages.translationFolderUnknown('english', ['sv', 'nb', 'en']),
  translationOfUnknownRegion: messages.translationOfUnknownRegion('gotland'),
  translationIntoSourceLanguage: messages.translationIntoSourceLanguage('sv'),
  notTranslatable: messages.notTranslatable('commitments.lika-lon.quote', ['commitments.lika-lon.statement']),
  unknownTranslationPath: messages.unknownTranslationPath('commitments.lika-lonn.statement'),
  termMissing: messages.termMissing('aktivitetsplikt', 'aktivitetsplikt', 'legal'),
  termKept: messages.termKept('Likestillingsloven', 'legal'),
  renderingUnclear: messages.renderingUnclear(),
  termGlossMissing: messages.termGlossMissing(
    'aktivitetsplikt',
    'the duty to work actively for gender equality',
    'legal',
  ),
  renderingMissing: messages.renderingMissing('en'),
  warningSummary: messages.warningSummary(1),
  errorSummary: messages.errorSummary(3, 2),
  contentOk: messages.contentOk({ regions: 5, commitments: 80, drafts: 0, topics: 12, articles: 30 }, 'content'),
  translationSummary: messages.translationSummary([{ slug: 'halland', locale: 'en', outdated: 1, missing: 2 }]),
};

/** The first cell of each row of the guide's table of messages, as written there. */
function guideRows(): string[] {
  const guide = readFileSync('docs/content-guide.md', 'utf8');
  const table = guide.slice(guide.indexOf('## Felmeddelanden'), guide.indexOf('## Stöd i redigeraren'));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(/(?<!\\)\|/)[1]!.trim());
}

/**
 * A row's first quoted message as a pattern: "…" stands for any words, a quoted word or a number for
 * any other (the guide's examples are "titel", 2015, [2]).
 */
function patternOf(row: string): RegExp {
  const text = /`([^`]+)`/.exec(row)![1]!;
  const source = text
    .split(/("[^"\s…]*"|\s*…\s*|\d+)/)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (part.trim() === '…') return '.*?';
      if (/^\d+$/.test(part)) return '\\d+';
      return '"[^"]*"';
    })
    .join('');
  return new RegExp(source);
}

describe('the messages an editor reads', () => {
  const rows = guideRows().map((row) => ({ row, pattern: patternOf(row) }));

  // The last line of a check, not a message about a mistake: the guide's section on editing shows them.
  const summaries = new Set<string>(['errorSummary', 'warningSummary', 'contentOk', 'translationSummary']);
  const mistakes = Object.entries(examples).filter(([name]) => !summaries.has(name));

  it.each(mistakes)('%s is explained in the content guide', (name, example) => {
    expect(
      rows.some(({ pattern }) => pattern.test(example)),
      `no row of the guide's table of messages matches: ${example}`,
    ).toBe(true);
  });

  it.each(rows.map(({ row }) => row))('the guide row %s explains a message the check gives', (row) => {
    const pattern = patternOf(row);
    expect(Object.values(examples).some((example) => pattern.test(example))).toBe(true);
  });
});
