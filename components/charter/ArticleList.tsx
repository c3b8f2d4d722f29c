import { ShownWords } from '@/components/region/RegionText';
import { NotMentioned } from '@/components/ui/NotMentioned';
import { TextLink } from '@/components/ui/TextLink';
import { commitmentsByArticle } from '@/lib/charter-view';
import type { Content, LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';
import { anchors } from '@/lib/routes';

interface Props {
  regions: readonly LocalisedRegion[];
  charter: Content['charter'];
  /** Above the list limit (lib/scale.ts): how many regions' commitments serve each article, not which. */
  countsOnly?: boolean;
  page: PageContext;
}

/** The charter's articles in their groups, each with the commitments that serve it, linked to the exact place. */
export function ArticleList({ regions, charter, countsOnly = false, page }: Props) {
  const { locale, t } = page;
  const mentions = commitmentsByArticle(regions);
  return charter.groups.map((group) => (
    <section key={group.id} aria-labelledby={`group-${group.id}`} className="mt-8">
      <h3 id={`group-${group.id}`} className="text-xl font-bold text-brand-900">
        {group.title[locale]}
      </h3>
      <ol className="mt-3 space-y-3">
        {group.articles.map((article) => {
          const found = mentions.get(article.number) ?? [];
          return (
            <li
              key={article.number}
              id={anchors.article(article.number)}
              className="scroll-mt-4 rounded-lg border border-slate-300 p-4 target:border-brand-700 target:ring-2 target:ring-brand-700"
            >
              <h4 className="font-semibold">{t.charterPage.articleTitle(article.number, article.title[locale])}</h4>
              {found.length === 0 ? (
                <NotMentioned text={t.charterPage.noCommitments} />
              ) : countsOnly ? (
                <p className="mt-1">{t.parts.articleCount(new Set(found.map(({ region }) => region.slug)).size)}</p>
              ) : (
                <>
                  <p className="mt-1 text-sm text-slate-700">{t.charterPage.addressedBy}:</p>
                  <ul className="mt-1 list-disc space-y-1 pl-6">
                    {found.map(({ region, commitment }) => {
                      const statement = commitment.statement;
                      return (
                        <li key={`${region.slug}-${commitment.id}`}>
                          <span className="font-semibold">{region.name}:</span>{' '}
                          <TextLink
                            href={`${page.links.region(region.slug)}#${anchors.commitment(commitment.id)}`}
                            lang={statement.lang}
                          >
                            <ShownWords shown={statement} page={page} />
                          </TextLink>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  ));
}
