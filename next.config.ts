import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

import { contentDirForBundler } from './lib/content/dir';
import { remarkPluginNames } from './lib/mdx-plugins';
import { editorFolder } from './lib/routes';
import { site } from './lib/site';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: site.basePath || undefined,
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  // Region pages import their MDX as @content/regions/<slug>.mdx, so the folder can be swapped (CONTENT_DIR).
  turbopack: { resolveAlias: { '@content/*': `${contentDirForBundler(process.cwd())}/*` } },
  // The web editor is a plain page in public/admin/; the static host serves /admin/ as its index.html,
  // and the development server (npm run edit) needs to be told. A static export has no rewrites.
  ...(process.env.NODE_ENV === 'development' && {
    rewrites: async () => [{ source: `/${editorFolder}/`, destination: `/${editorFolder}/index.html` }],
  }),
  experimental: {
    // A 404.html with its own <html lang>: the locale root layouts cannot provide one for unknown URLs.
    globalNotFound: true,
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: [...remarkPluginNames] },
});

export default withMDX(nextConfig);
