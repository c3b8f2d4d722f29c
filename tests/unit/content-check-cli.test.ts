import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { validFixture } from '../support/content-fixture';

const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOf(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-cli-'));
  temporary.push(dir);
  cpSync(source, dir, { recursive: true });
  return dir;
}

function run(script: string, args: string[], contentDir: string) {
  const result = spawnSync('node_modules/.bin/tsx', [script, ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run content:check', () => {
  it('exits 0 with a summary when all is well: the content, and how far its translations have come', () => {
    const { status, stdout, stderr } = run('scripts/content-check.ts', [], validFixture);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      `Content OK: 2 regions (2 commitments), 2 topics, 3 charter articles in ${validFixture}/.`,
      "Translations: 4 of 4 not up to date; their pages show the source's words where a translation is missing or outdated (npm run translations lists them):",
      '  nb/alpha: 5 missing, 0 outdated',
      '  en/alpha: 5 missing, 0 outdated',
      '  sv/beta: 3 missing, 0 outdated',
      '  en/beta: 3 missing, 0 outdated',
    ]);
  });

  it('prints every error with a count, and exits 1, without a stack trace', () => {
    const dir = copyOf(validFixture);
    const alpha = path.join(dir, 'regions/alpha.mdx');
    writeFileSync(
      alpha,
      readFileSync(alpha, 'utf8').replace('topic: employer', 'topic: lön').replace('to: 2020', 'to: 2015'),
    );
    writeFileSync(path.join(dir, 'regions/beta.mdx'), '');
    const { status, stderr } = run('scripts/content-check.ts', [], dir);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.filter((line) => /\.mdx:\d+:\d+ {2}/.test(line))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^3 errors in 2 files\. /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run content:check and npm run translations, on a termbase', () => {
  it('marks a warning as one, exits 0, and npm run translations lists the term a translation renders otherwise', () => {
    const dir = copyOf(validFixture);
    writeFileSync(
      path.join(dir, 'termbase.yaml'),
      [
        'terms:',
        '  - term: lika lön',
        '    language: sv',
        '    kind: document',
        '    renderings:',
        '      en: { keep: true }',
        '      nb: { keep: true }',
        '',
      ].join('\n'),
    );
    const translation = run('scripts/translations.ts', ['alpha', 'en'], dir).stdout;
    const hash = /(\w{8}) {2}commitments\.lika-lon\.statement/.exec(translation)![1];
    mkdirSync(path.join(dir, 'translations/en'), { recursive: true });
    writeFileSync(
      path.join(dir, 'translations/en/alpha.mdx'),
      [
        '---',
        'entries:',
        '  commitments.lika-lon.statement:',
        '    text: Equal pay for equal work.',
        `    of: ${hash}`,
        '---',
        '',
      ].join('\n'),
    );
    const check = run('scripts/content-check.ts', [], dir);
    expect(check.status).toBe(0);
    expect(check.stderr.split('\n')[0]).toMatch(
      /^.*translations\/en\/alpha\.mdx:4:5 {2}entries\.commitments\.lika-lon\.statement\.text: warning: the source says "lika lön"/,
    );
    expect(run('scripts/translations.ts', [], dir).stdout).toContain(
      'translations/en/alpha.mdx  commitments.lika-lon.statement: "lika lön" should stay in the original',
    );
  });
});

describe('npm run new:region', () => {
  it('writes a draft that passes the content check of the real content, and refuses a slug in use', () => {
    const dir = copyOf('content');
    const created = run('scripts/new-region.ts', ['gotland'], dir);
    expect(created.status).toBe(0);
    const draft = readFileSync(path.join(dir, 'regions/_gotland.mdx'), 'utf8');
    expect(draft).toMatch(/^---\n# yaml-language-server: \$schema=/);
    expect(draft).toContain('slug: gotland');
    // Each field explained in the schema's words, and no directive of the template left over.
    expect(draft).toContain('# Regionens namn, till exempel Umeåregionen.\nname: Regionens namn');
    expect(draft).toContain('#   fält: name, members, membersNote, role, source\nbodies: []');
    expect(draft).not.toMatch(/^ *#[:+] /m);

    const check = run('scripts/content-check.ts', [], dir);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('1 draft(s) not published');

    const again = run('scripts/new-region.ts', ['gotland'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(run('scripts/new-region.ts', ['halland'], dir).status).toBe(1);
  });

  it('refuses a slug with capitals, spaces or letters outside a-z', () => {
    const dir = copyOf(validFixture);
    for (const slug of ['Gotland', 'östra skåne', 'skåne', '-x', 'a--b']) {
      const { status, stderr } = run('scripts/new-region.ts', [slug], dir);
      expect(status, slug).toBe(1);
      expect(stderr).toContain('cannot be a slug');
    }
  });
});

describe('npm run build', () => {
  it('stops at the content check, before Next.js starts, when the content has an error', () => {
    const dir = copyOf(validFixture);
    writeFileSync(path.join(dir, 'regions/beta.mdx'), '');
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('regions/beta.mdx:1:1  the file is empty.');
    expect(`${result.stdout}${result.stderr}`).not.toContain('Creating an optimized production build');
  });
});
