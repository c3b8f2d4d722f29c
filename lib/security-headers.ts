/**
 * The HTTP headers the site is served with, the one place that lists them: `npm run serve` and the
 * browser tests send them (serve.json), hosts that read a headers file get public/_headers, and the
 * README's nginx example writes them out. A unit test holds those three to these values.
 *
 * The content security policy allows only the site's own files: no inline script or style, nothing
 * from another host. The search page alone also allows WebAssembly, which Pagefind's search runs in.
 * The web editor at /admin/ needs more, and only there: Decap CMS checks its configuration with code it
 * compiles at run time (eval), styles its form with inline styles, shows the git host's avatars, and
 * talks to the local proxy (npm run edit) or to the git host's API: GitHub's or gitlab.com's, the two
 * whose login lib/cms/editor-config.ts writes (docs/web-editor.md).
 */
import { localProxyUrl } from './cms/local-proxy';

const policy = (scriptSources: string, { styles = "'self'", images = "'self' data:", connect = "'self'" } = {}) =>
  [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    `style-src ${styles}`,
    `img-src ${images}`,
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export const contentSecurityPolicy = policy("'self'");
export const searchContentSecurityPolicy = policy("'self' 'wasm-unsafe-eval'");
export const editorContentSecurityPolicy = policy("'self' 'unsafe-eval'", {
  styles: "'self' 'unsafe-inline'",
  // The git host's avatars of the signed-in person and of authors in the editorial workflow.
  images: "'self' data: blob: https:",
  connect: `'self' ${localProxyUrl} https://api.github.com https://gitlab.com`,
});

/** Headers every response carries besides the content security policy. */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  // Private by default: a reader who follows a link to a source tells that site nothing.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
