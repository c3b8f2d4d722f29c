import { appIcon } from '@/components/og/app-icon';

export const dynamic = 'force-static';

/** The icon a phone shows for the site on its home screen. */
export function GET() {
  return appIcon(180);
}
