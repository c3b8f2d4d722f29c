import os from 'node:os';

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
  // npm run check type-checks the whole project (tsc), and npm test and CI run it before every build;
  // the build's own pass would check the same files again, at seconds a build.
  typescript: { ignoreBuildErrors: true },
  // Region pages import their MDX as @content/regions/<slug>.mdx, so the folder can be swapped (CONTENT_DIR).
  turbopack: {
    resolveAlias: { '@content/*': `${contentDirForBundler(process.cwd())}/*` },
    // Before @mdx-js/loader (withMDX below) compiles an .mdx file, the content among them passes the MDX
    // rules: no page can render what the content check would refuse, whether or not it ran.
    rules: { '*.mdx': { loaders: ['./lib/content/mdx-loader.mjs'] } },
  },
  // The web editor is a plain page in public/admin/; the static host serves /admin/ as its index.html,
  // and the development server (npm run edit) needs to be told. A static export has no rewrites.
  ...(process.env.NODE_ENV === 'development' && {
    rewrites: async () => [{ source: `/${editorFolder}/`, destination: `/${editorFolder}/index.html` }],
  }),
  experimental: {
    // A 404.html with its own <html lang>: the locale root layouts cannot provide one for unknown URLs.
    globalNotFound: true,
    // Next leaves a core free by default; while it renders pages the main process only waits, so on a
    // two-core machine that halves the rendering speed (docs/performance.md).
    cpus: os.availableParallelism(),
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: [...remarkPluginNames] },
});

export default withMDX(nextConfig);
