// npm run content:check: checks every content file and prints every error, located, in plain words.
// Exit 0 with one line of summary when all is well; exit 1 with the errors and a count otherwise.
import { checkContent } from '../lib/content/check';
import { contentDir } from '../lib/content/dir';
import { formatError } from '../lib/content/errors';
import { messages } from '../lib/content/messages';
import { translationCounts } from '../lib/content/translations';

const dir = contentDir();
const result = await checkContent(dir);
const warnings = result.ok ? result.content.warnings : result.warnings;
if (warnings.length > 0) {
  for (const warning of warnings) console.warn(formatError({ ...warning, message: `warning: ${warning.message}` }));
  console.warn(`${messages.warningSummary(warnings.length)}\n`);
}
if (!result.ok) {
  for (const error of result.errors) console.error(formatError(error));
  const files = new Set(result.errors.map((error) => error.file)).size;
  console.error(`\n${messages.errorSummary(result.errors.length, files)}`);
  process.exit(1);
}
const { regions, drafts, topics, charter } = result.content;
const articles = charter.groups.reduce((count, group) => count + group.articles.length, 0);
const commitments = regions.reduce((count, region) => count + region.commitments.length, 0);
console.log(
  messages.contentOk(
    { regions: regions.length, commitments, drafts: drafts.length, topics: topics.length, articles },
    dir,
  ),
);
console.log(messages.translationSummary(translationCounts(result.content)));
