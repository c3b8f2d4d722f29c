import { spawn } from 'node:child_process';

/**
 * Serves out/ (serve.json) on 127.0.0.1:port and resolves once it answers. serve is run directly, not
 * through npx, so that stopping this one process stops the server.
 */
export async function startStaticServer(port: number): Promise<{ url: string; stop: () => void }> {
  const server = spawn(
    'node_modules/.bin/serve',
    ['-c', 'serve.json', '-l', `tcp://127.0.0.1:${port}`, '--no-request-logging'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`no server at ${url}`);
}
