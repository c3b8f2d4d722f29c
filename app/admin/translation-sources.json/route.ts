import { translationSources } from '@/lib/cms/translation-sources';
import { getContent } from '@/lib/content';

export const dynamic = 'force-static';

/** The web editor's translation form reads the source texts from here (lib/cms/browser/editor.ts). */
export function GET() {
  return Response.json(translationSources(getContent()));
}
