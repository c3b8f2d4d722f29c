import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

function notice(env: Record<string, string>) {
  const { SITE_URL: _ignored, BASE_PATH: _alsoIgnored, ...rest } = process.env;
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/site-url-notice.ts'], {
    env: { ...rest, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the end of npm run build', () => {
  it('warns, without failing, that a build without SITE_URL points every absolute link at localhost', () => {
    const { status, stdout, stderr } = notice({});
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('SITE_URL is not set');
    expect(stderr).toContain('http://localhost:3000');
    expect(stderr).toContain('SITE_URL=https://kommun.se npm run build');
  });

  it('names the address a build with SITE_URL was made for', () => {
    const { status, stdout, stderr } = notice({ SITE_URL: 'https://kommun.se/', BASE_PATH: '/jamstalldhet' });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Built for https://kommun.se/jamstalldhet/');
  });
});
