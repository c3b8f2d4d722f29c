import { describe, expect, it } from 'vitest';

import { documentProblems } from '../../scripts/lib/document-problems';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="sv"><head>${head}</head><body>${body}</body></html>`;

describe('a built page as a plain document', () => {
  it('passes with data blocks, and with the site’s own script where a part needs it', () => {
    expect(documentProblems(page('<script type="application/ld+json">{}</script>'))).toEqual([]);
    expect(
      documentProblems(
        page('', '<span data-module="copy-link"></span><script type="module" src="/kommun/assets/copy-1.js"></script>'),
        '/kommun',
      ),
    ).toEqual([]);
  });

  it('names what the framework or a careless edit would leave', () => {
    expect(
      documentProblems(
        page(
          '<link rel="preload" as="script" href="/_next/static/chunks/a.js"><style>p{}</style>',
          '<p style="left: 10%">x</p><script src="/_next/static/chunks/a.js" async></script><script>self.__next_f.push([])</script>',
        ),
      ),
    ).toEqual([
      "a script that is not the site's own: /_next/static/chunks/a.js",
      'an inline script',
      'a script preload: /_next/static/chunks/a.js',
      'a <style> element',
      'a style attribute on <p>: left: 10%',
      'a script on a page without interactive parts',
    ]);
  });
});
