import type { Content } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

/** The topics, what each means, and the charter articles each covers. */
export function TopicList({ content, page }: { content: Content; page: PageContext }) {
  const { locale, t } = page;
  return (
    <dl>
      {content.topics.map((topic) => (
        <div key={topic.id}>
          <dt className="font-semibold">{topic.label[locale]}</dt>
          <dd className="ml-0">
            {topic.description[locale]}
            {topic.articles.length > 0 && ` (${t.region.articles}: ${topic.articles.join(', ')})`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
