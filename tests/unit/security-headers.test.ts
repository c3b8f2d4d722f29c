import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  contentSecurityPolicy,
  editorContentSecurityPolicy,
  searchContentSecurityPolicy,
  securityHeaders,
} from '../../lib/security-headers';

const everyPage = { 'Content-Security-Policy': contentSecurityPolicy, ...securityHeaders };
const searchPages = { 'Content-Security-Policy': searchContentSecurityPolicy };
const editorPages = { 'Content-Security-Policy': editorContentSecurityPolicy };

/** serve's configuration as path pattern → headers. */
function serveHeaders(file: string): Record<string, Record<string, string>> {
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  return Object.fromEntries(
    config.headers.map(({ source, headers }) => [
      source,
      Object.fromEntries(headers.map(({ key, value }) => [key, value])),
    ]),
  );
}

/** A _headers file as path → headers: a path at the start of a line, its headers indented below. */
function headersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules[line.trim()] = current = {};
    else if (/^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(': ');
      current[name!] = value.join(': ');
    }
  }
  return rules;
}

describe('the security headers', () => {
  it.each(['serve.json', 'serve.basepath.json'])('are what %s sends, as lib/security-headers.ts has them', (file) => {
    expect(serveHeaders(file)).toEqual({
      '**': everyPage,
      '**/search/index.html': searchPages,
      '**/pagefind/**': searchPages,
      '**/admin/**': editorPages,
    });
  });

  it('are in the headers file for hosts that read one', () => {
    expect(headersFile(readFileSync('public/_headers', 'utf8'))).toEqual({
      '/*': everyPage,
      '/*/search/': searchPages,
      '/pagefind/*': searchPages,
      '/admin/*': editorPages,
    });
  });

  it("are in the README's nginx example", () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = readme.slice(readme.indexOf('```nginx'), readme.indexOf('```', readme.indexOf('```nginx') + 3));
    expect(nginx).toContain(`set $csp "${contentSecurityPolicy}";`);
    expect(nginx).toContain(`set $csp "${searchContentSecurityPolicy}";`);
    expect(nginx).toContain(`set $csp "${editorContentSecurityPolicy}";`);
    expect(nginx).toContain('add_header Content-Security-Policy $csp always;');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
