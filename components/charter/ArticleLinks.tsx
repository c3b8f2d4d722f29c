import { TextLink } from '@/components/ui/TextLink';
import type { PageContext } from '@/lib/page-context';

interface Props {
  articles: number[];
  titles: Map<number, string>;
  page: PageContext;
}

/** "Articles of the CEMR charter: 4, 11", each number a link to the article, named in full for screen readers. */
export function ArticleLinks({ articles, titles, page }: Props) {
  const { t } = page;
  if (articles.length === 0) return null;
  return (
    <span>
      {t.region.articles}:{' '}
      {articles.map((article, index) => (
        <span key={article}>
          {index > 0 && ', '}
          <TextLink
            href={page.links.article(article)}
            aria-label={t.charterPage.articleTitle(article, titles.get(article) ?? '')}
          >
            {article}
          </TextLink>
        </span>
      ))}
    </span>
  );
}
