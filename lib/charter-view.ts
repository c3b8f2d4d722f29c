/** Pure views of the charter against the regions' commitments: no React, no Next.js. */
import type { Content } from './content/load';
import type { CharterStatus, Commitment } from './content/schema';
import type { Locale } from './i18n/locales';

type WithCommitments = { commitments: readonly Pick<Commitment, 'articles'>[] };

export interface ArticleMention<R extends WithCommitments> {
  region: R;
  commitment: R['commitments'][number];
}

/** For each charter article number, the commitments that serve it, region by region in slug order. */
export function commitmentsByArticle<R extends WithCommitments>(
  regions: readonly R[],
): Map<number, ArticleMention<R>[]> {
  const byArticle = new Map<number, ArticleMention<R>[]>();
  for (const region of regions) {
    for (const commitment of region.commitments) {
      for (const article of commitment.articles) {
        const mentions = byArticle.get(article) ?? [];
        mentions.push({ region, commitment });
        byArticle.set(article, mentions);
      }
    }
  }
  return byArticle;
}

/** The title of each charter article in one locale, by number. */
export function articleTitles(charter: Content['charter'], locale: Locale): Map<number, string> {
  return new Map(
    charter.groups.flatMap((group) => group.articles.map((article) => [article.number, article.title[locale]])),
  );
}

type CharterStatusName = CharterStatus['status'];

/** Every status, in the order pages list them: a status the schema gains fails the type check here. */
const statuses: Record<CharterStatusName, true> = {
  signed: true,
  decided: true,
  referenced: true,
  'not-mentioned': true,
};

/** How many regions' sources say each charter status, in the order of the statuses, none left out. */
export function charterStatusCounts(
  regions: readonly { charter: Pick<CharterStatus, 'status'> }[],
): { status: CharterStatusName; count: number }[] {
  return (Object.keys(statuses) as CharterStatusName[]).map((status) => ({
    status,
    count: regions.filter((region) => region.charter.status === status).length,
  }));
}
