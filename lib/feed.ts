import { Feed } from 'feed';
import type { Content, Region } from './content/load';
import { isLocale, type Locale } from './i18n/locales';
import { getDictionary } from './i18n';
import { localeHref, paths } from './routes';
import { absoluteUrl, site } from './site';

/** A region's page in the site's locale closest to its content: the page a feed reader opens. */
function pageUrl(region: Region, locale: Locale): string {
  return absoluteUrl(localeHref(locale, paths.region(region.slug)));
}

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The Atom feed: one entry per region page, dated by its last review, and one per significant change
 * its editors logged. Entries are in the region's language, linked to the page in that language.
 */
export function atomFeed(content: Pick<Content, 'regions'>): string {
  const t = getDictionary('sv');
  const latest = content.regions
    .map((region) => region.reviewed)
    .sort()
    .at(-1);
  const feed = new Feed({
    title: site.name,
    description: t.site.intro,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: 'sv',
    updated: latest ? toDate(latest) : undefined,
    feedLinks: { atom: absoluteUrl('/feed.xml') },
    copyright: site.dataLicence.name,
  });
  for (const region of content.regions) {
    const locale: Locale = isLocale(region.language) ? region.language : 'en';
    const url = pageUrl(region, locale);
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
        id: `${url}#change-${change.date}`,
        link: url,
        description: change.summary,
        date: toDate(change.date),
      });
    }
  }
  return feed.atom1();
}
