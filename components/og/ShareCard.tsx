import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { ImageResponse } from 'next/og';
import { isValidElement, type ReactNode } from 'react';

import { ogFonts, ogSize } from '@/lib/og';

interface Props {
  /** Small line above the title: the site's name, or a kind of page. */
  kicker: string;
  title: string;
  lines: string[];
  footer: string;
  /** A picture beside the words, such as the region's locator map, at most 420 px high. */
  picture?: ReactNode;
}

/**
 * The share image every page type uses: the same frame, the page's own words. Drawing one takes tens of
 * milliseconds and a site of 700 regions has over 2,000, so each is kept in Next's cache folder under a
 * hash of everything it is drawn from: a rebuild after one edit redraws only the images that changed.
 */
export async function shareCard(props: Props): Promise<Response> {
  const card = cardElement(props);
  const file = path.join(
    cacheDir,
    `${createHash('sha256')
      .update(await drawnFrom(card))
      .digest('hex')}.png`,
  );
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return png(cached);
  const drawn = Buffer.from(await new ImageResponse(card, { ...ogSize, fonts: await ogFonts() }).arrayBuffer());
  await mkdir(cacheDir, { recursive: true });
  // Written aside under a name of its own and renamed, so that no render reads half a file, and two that
  // draw the same card at once (in two locales, in one worker or two) each replace it whole.
  const partial = `${file}.${randomUUID()}`;
  await writeFile(partial, drawn);
  await rename(partial, file);
  return png(drawn);
}

const cacheDir = path.join(process.cwd(), '.next', 'cache', 'share-images');

const png = (bytes: Buffer) => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });

/** The card as plain data, its components called: every word, colour, size and path the image shows. */
function tree(node: ReactNode): unknown {
  if (node === null || node === undefined || typeof node === 'boolean') return null;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return node;
  if (Array.isArray(node)) return node.map(tree);
  if (isValidElement<{ children?: ReactNode }>(node)) {
    if (typeof node.type === 'object') throw new Error('A share card may hold only plain function components.');
    if (typeof node.type === 'function') {
      const rendered = (node.type as (props: unknown) => ReactNode)(node.props);
      if (rendered instanceof Promise) throw new Error('A share card may hold only components that render at once.');
      return tree(rendered);
    }
    const { children, ...rest } = node.props;
    return [String(node.type), rest, tree(children)];
  }
  throw new Error(`A share card cannot hold ${String(node)}.`);
}

/** What an image is drawn from: the card, the fonts and the version of the renderer. */
async function drawnFrom(card: ReactNode): Promise<string> {
  renderer ??= (async () => {
    const next = JSON.parse(await readFile(path.join(process.cwd(), 'node_modules/next/package.json'), 'utf8'));
    const fonts = createHash('sha256');
    for (const font of await ogFonts()) fonts.update(font.data);
    return `${next.version} ${fonts.digest('hex')} ${ogSize.width}x${ogSize.height}`;
  })();
  return JSON.stringify([await renderer, tree(card)]);
}

let renderer: Promise<string> | undefined;

function cardElement({ kicker, title, lines, footer, picture }: Props) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#351852',
        color: '#ffffff',
        fontFamily: 'Noto Sans',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', flexDirection: 'column', flexShrink: 1 }}>
          <div style={{ fontSize: 32, color: '#ede3f6' }}>{kicker}</div>
          <div style={{ fontSize: title.length > 28 ? 64 : 84, fontWeight: 700, marginTop: 16, lineHeight: 1.1 }}>
            {title}
          </div>
          {lines.map((line) => (
            <div key={line} style={{ fontSize: 36, marginTop: 20, color: '#f7f2fb' }}>
              {line}
            </div>
          ))}
        </div>
        {picture && <div style={{ display: 'flex', marginLeft: 32 }}>{picture}</div>}
      </div>
      <div style={{ display: 'flex', fontSize: 28, borderTop: '3px solid #ffdd00', paddingTop: 20 }}>{footer}</div>
    </div>
  );
}
