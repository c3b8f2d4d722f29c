import { Feed } from 'feed';

import type { Content } from './content/load';
import { localiseContent } from './content/localise';
import { getDictionary } from './i18n';
import { defaultLocale } from './i18n/locales';
import { pageLocaleOf } from './region-view';
import { localeHref, paths } from './routes';
import { absoluteUrl, site } from './site';

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The feed holds the latest entries only, as feeds do: a reader asks for what is new, and with hundreds
 * of regions a feed of every one would be megabytes fetched again on every poll.
 */
export const feedEntries = 50;

/**
 * The Atom feed, in the site's default language: one entry per region page, dated by its last review,
 * and one per significant change its editors logged, the latest feedEntries of them, newest first. A
 * region's texts are in that language where a current translation exists and in the source's words
 * otherwise; entries link to the page in the source's language.
 */
export function atomFeed(content: Pick<Content, 'regions' | 'translations' | 'sourceTexts'>): string {
  const items: Parameters<Feed['addItem']>[0][] = [];
  for (const region of localiseContent(content, defaultLocale)) {
    const url = absoluteUrl(localeHref(pageLocaleOf(region), paths.region(region.slug)));
    items.push({
      title: region.name,
      id: url,
      link: url,
      description: region.summary.text,
      date: toDate(region.reviewed),
    });
    for (const change of region.changes) {
      const summary = change.summary.text;
      items.push({
        title: `${region.name}: ${summary}`,
        // Unique because the content check allows one change per date and region.
        id: `${url}#change-${change.date}`,
        link: url,
        description: summary,
        date: toDate(change.date),
      });
    }
  }
  // Newest first; entries of one day keep the content's order.
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  const t = getDictionary(defaultLocale);
  const feed = new Feed({
    title: site.name,
    description: t.site.intro,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: defaultLocale,
    updated: items[0]?.date,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    copyright: site.dataLicence.name,
  });
  items.slice(0, feedEntries).forEach((item) => feed.addItem(item));
  return feed.atom1();
}
