import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';

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

/** The share image every page type uses: the same frame, the page's own words. */
export async function shareCard({ kicker, title, lines, footer, picture }: Props): Promise<ImageResponse> {
  return new ImageResponse(
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
    </div>,
    { ...ogSize, fonts: await ogFonts() },
  );
}
