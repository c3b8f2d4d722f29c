import { appIcon } from '@/components/og/app-icon';

export const dynamic = 'force-static';

/**
 * /favicon.ico, which browsers ask for whatever the page says: a 32 px PNG in an ICO container
 * (one directory entry pointing at PNG data, which every current browser reads).
 */
export async function GET() {
  const png = new Uint8Array(await appIcon(32).arrayBuffer());
  const header = new DataView(new ArrayBuffer(22));
  header.setUint16(2, 1, true); // type: icon
  header.setUint16(4, 1, true); // one image
  header.setUint8(6, 32); // width
  header.setUint8(7, 32); // height
  header.setUint16(10, 1, true); // colour planes
  header.setUint16(12, 32, true); // bits per pixel
  header.setUint32(14, png.length, true);
  header.setUint32(18, 22, true); // the PNG starts right after this header
  const ico = new Uint8Array(22 + png.length);
  ico.set(new Uint8Array(header.buffer), 0);
  ico.set(png, 22);
  return new Response(ico, { headers: { 'Content-Type': 'image/x-icon' } });
}
