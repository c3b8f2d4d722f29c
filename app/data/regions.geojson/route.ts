import { getContent } from '@/lib/content';
import { regionsGeojson } from '@/lib/places/open-data';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(regionsGeojson(getContent().regions)), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
}
