import { getContent } from '@/lib/content';
import { commitmentsCsv } from '@/lib/open-data';

export const dynamic = 'force-static';

export function GET() {
  return new Response(commitmentsCsv(getContent()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
