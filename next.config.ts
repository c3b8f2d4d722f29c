import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { site } from './lib/site';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: site.basePath || undefined,
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // A 404.html with its own <html lang>: the locale root layouts cannot provide one for unknown URLs.
    globalNotFound: true,
  },
};

// Under Turbopack the plugins must be named, not imported: functions cannot cross into the compiler.
// remark-frontmatter keeps the YAML header out of the rendered page.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
  },
});

export default withMDX(nextConfig);
