import { printLinksCss } from '@/lib/print-links';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return new Response(printLinksCss(site.url), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
