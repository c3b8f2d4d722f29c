import type { Organisation } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n';

/** What has become of an organisation, in a few words: "Merged in 2020, now Innlandet fylkeskommune". */
export function organisationStatusText(status: Organisation['status'], t: Dictionary): string {
  if (status.kind === 'merged') return t.organisationStatus.merged(status.into, status.year);
  if (status.kind === 'renamed') return t.organisationStatus.renamed(status.newName);
  return t.organisationStatus.unchanged;
}
