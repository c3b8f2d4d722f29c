import Link from 'next/link';

import { NotMentioned } from '@/components/ui/NotMentioned';
import type { Region } from '@/lib/content';
import type { Commitment, Topic } from '@/lib/content/schema';
import { hyphenateLongWords } from '@/lib/hyphenate';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { anchors, localeHref, paths } from '@/lib/routes';

interface Props {
  region: Region;
  /** The region's commitments on the topic; none when the source does not mention it. */
  commitments: Commitment[];
  topic: Topic;
  locale: Locale;
  t: Dictionary;
  /** "summary": the first commitment and a count of the rest (the hub); "full": every commitment (pairs). */
  detail: 'summary' | 'full';
}

/** What one region's source says on one topic, or plainly that it does not mention it. */
export function CommitmentCell({ region, commitments, topic, locale, t, detail }: Props) {
  const regionHref = localeHref(locale, paths.region(region.slug));
  if (commitments.length === 0) {
    return <NotMentioned as="span" text={t.compare.notMentioned} />;
  }
  const shown = detail === 'full' ? commitments : commitments.slice(0, 1);
  const rest = commitments.length - shown.length;
  return (
    <>
      <ul className="space-y-2">
        {shown.map((commitment) => (
          <li key={commitment.id}>
            <Link
              href={`${regionHref}#${anchors.commitment(commitment.id)}`}
              lang={region.language}
              className={`text-link underline underline-offset-2 ${detail === 'summary' ? 'line-clamp-4' : ''}`}
            >
              {hyphenateLongWords(commitment.statement, region.language)}
            </Link>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Link
          href={`${regionHref}#${anchors.topicGroup(topic.id)}`}
          className="mt-1 inline-block text-sm text-slate-700 underline underline-offset-2"
        >
          {t.compare.more(rest)}
          <span className="sr-only"> {t.compare.moreFor(topic.label[locale], region.name)}</span>
        </Link>
      )}
    </>
  );
}
