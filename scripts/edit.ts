// npm run edit: the web editor on this computer. It starts the local proxy that reads and writes the
// content files (decap-server, on 127.0.0.1 only) and the development server that shows the site and
// the editor at /admin/, which re-reads the content after every save. Ctrl-C stops both.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

import { localProxy } from '../lib/cms/local-proxy';
import { contentDir } from '../lib/content/dir';

const port = Number(process.env.EDIT_PORT ?? 3000);
const host = '127.0.0.1';
// The editor's configuration names the folders from the repository's root: content/regions, ….
const repository = path.resolve(contentDir(), '..');

const files = spawnSync('node_modules/.bin/tsx', ['scripts/editor-files.ts'], { stdio: 'inherit' });
if (files.status !== 0) process.exit(files.status ?? 1);

const children: ChildProcess[] = [
  spawn('node', ['node_modules/decap-server/dist/index.js'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      BIND_HOST: localProxy.host,
      PORT: String(localProxy.port),
      // Writes files and leaves committing to the person: git add and git commit, or a pull request.
      MODE: 'fs',
      GIT_REPO_DIRECTORY: repository,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  }),
  spawn('node_modules/.bin/next', ['dev', '-H', host, '-p', String(port)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  }),
];

let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`\n${child.spawnargs.join(' ')} stopped (${code ?? 'signal'}); stopping the other.`);
    stop(code ?? 0);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(
  `\nThe editor: http://${host}:${port}/admin/ (the site: http://${host}:${port}/sv/)\n` +
    `It saves to ${path.relative(process.cwd(), repository) || '.'}/content/. Press Ctrl-C to stop.\n`,
);
