import { ImageResponse } from 'next/og';

/**
 * The site's icon (an equals sign: equality) as a PNG of any size, drawn like app/icon.svg, for the
 * places that want a bitmap: favicon.ico and the home-screen icon.
 */
export function appIcon(size: number): ImageResponse {
  const bar = (top: number, colour: string) => (
    <div
      style={{
        position: 'absolute',
        left: size * 0.22,
        top: size * top,
        width: size * 0.56,
        height: size * 0.125,
        borderRadius: size * 0.03,
        background: colour,
      }}
    />
  );
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', position: 'relative', background: '#351852' }}>
      {bar(0.31, '#ffffff')}
      {bar(0.56, '#ffdd00')}
    </div>,
    { width: size, height: size },
  );
}
