import type { Content } from '@/lib/content';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';

/** The topics, what each means, and the charter articles each covers. */
export function TopicList({ content, locale, t }: { content: Content; locale: Locale; t: Dictionary }) {
  return (
    <dl>
      {content.topics.map((topic) => (
        <div key={topic.id}>
          <dt className="font-semibold">{topic.label[locale]}</dt>
          <dd className="ml-0">
            {topic.description[locale]} ({t.region.articles}: {topic.articles.join(', ')})
          </dd>
        </div>
      ))}
    </dl>
  );
}
