import { getContent } from '@/lib/content';
import { municipalitiesCsv } from '@/lib/places/open-data';

export const dynamic = 'force-static';

export function GET() {
  return new Response(municipalitiesCsv(getContent().regions), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
