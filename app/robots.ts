import type { MetadataRoute } from 'next';

import { editorFolder } from '@/lib/routes';
import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // The web editor is for staff; its page also says noindex.
    rules: { userAgent: '*', allow: '/', disallow: `${site.basePath}/${editorFolder}/` },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
