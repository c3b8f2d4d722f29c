/**
 * A translation's state against its source text: "current" while it records the source text's hash,
 * "outdated" once the source text has changed, "missing" when there is none. Free of Node's crypto, so
 * that the web editor's translation form (lib/cms/browser/widgets.ts) judges as the site does.
 */
export type TranslationStatus = 'current' | 'outdated' | 'missing';

export function translationStatus(sourceHash: string, entry: { of?: string } | undefined): TranslationStatus {
  if (!entry) return 'missing';
  return entry.of === sourceHash ? 'current' : 'outdated';
}
