import { Feed } from 'feed';

import type { Content } from './content/load';
import { getDictionary } from './i18n';
import { defaultLocale } from './i18n/locales';
import { lastReviewed, pageLocaleOf } from './region-view';
import { localeHref, paths } from './routes';
import { absoluteUrl, site } from './site';

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The Atom feed: one entry per region page, dated by its last review, and one per significant change
 * its editors logged. Entries are in the region's language, linked to the page in that language.
 */
export function atomFeed(content: Pick<Content, 'regions'>): string {
  const t = getDictionary(defaultLocale);
  const latest = lastReviewed(content.regions);
  const feed = new Feed({
    title: site.name,
    description: t.site.intro,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: defaultLocale,
    updated: latest ? toDate(latest) : undefined,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    copyright: site.dataLicence.name,
  });
  for (const region of content.regions) {
    const url = absoluteUrl(localeHref(pageLocaleOf(region), paths.region(region.slug)));
    feed.addItem({
      title: region.name,
      id: url,
      link: url,
      description: region.summary,
      date: toDate(region.reviewed),
    });
    for (const change of region.changes) {
      feed.addItem({
        title: `${region.name}: ${change.summary}`,
        // Unique because the content check allows one change per date and region.
        id: `${url}#change-${change.date}`,
        link: url,
        description: change.summary,
        date: toDate(change.date),
      });
    }
  }
  return feed.atom1();
}
