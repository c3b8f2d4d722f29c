import { getContent } from '@/lib/content';
import { regionsJson } from '@/lib/open-data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(regionsJson(getContent()));
}
