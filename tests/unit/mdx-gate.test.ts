import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { mdxRefusal } from '@/lib/content/mdx-gate';

// The gate the bundler's MDX loader runs (lib/content/mdx-loader.mjs); tests/e2e-dev shows it stops a page.
describe('the MDX gate before the bundler', () => {
  it('refuses content the rules refuse, in the content check’s words, with file and line', async () => {
    const file = path.resolve('content/regions/halland.mdx');
    expect(await mdxRefusal(file, '---\nslug: halland\n---\n\nText.\n\n<script>alert(1)</script>\n')).toBe(
      'content/regions/halland.mdx:7:1  <script> is not allowed in content: the content files may not run or embed code.',
    );
    expect(await mdxRefusal(file, '---\nslug: halland\n---\n\nSee [the charter](/sv/charter/).\n')).toBeUndefined();
  });

  it('leaves the site’s own texts, outside the content folder, to their authors', async () => {
    expect(await mdxRefusal(path.resolve('app/[locale]/about/_text/en.mdx'), 'import X from "y";\n')).toBeUndefined();
  });
});
