import type { MetadataRoute } from 'next';

import { absoluteUrl, site } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // The web editor is for staff; its page also says noindex.
    rules: { userAgent: '*', allow: '/', disallow: `${site.basePath}/admin/` },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
