import Link from 'next/link';

import { ArticleLinks } from '@/components/charter/ArticleLinks';
import { CopyLink } from '@/components/compare/CopyLink';
import { NotMentioned } from '@/components/ui/NotMentioned';
import { cellId } from '@/lib/compare';
import type { Region } from '@/lib/content';
import type { Commitment, Topic } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';
import { sourceById } from '@/lib/region-view';
import { anchors, localeHref, paths } from '@/lib/routes';

interface Props {
  topic: Topic;
  region: Region;
  commitments: Commitment[];
  articleTitles: Map<number, string>;
  locale: Locale;
  t: Dictionary;
}

/** One region's commitments on one topic, with quotes, articles and sources; or that the source is silent. */
export function TopicRegionSection({ topic, region, commitments, articleTitles, locale, t }: Props) {
  const id = cellId(topic.id, region.slug);
  const regionHref = localeHref(locale, paths.region(region.slug));
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className="mt-10 scroll-mt-4 border-t border-slate-200 pt-6 target:bg-brand-50"
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h2 id={`${id}-heading`} className="text-2xl font-bold text-brand-900">
          <Link href={regionHref} className="underline-offset-4 hover:underline">
            {region.name}
          </Link>
        </h2>
        <CopyLink
          id={id}
          label={t.compare.rowLink}
          description={t.compare.sectionLinkFor(region.name)}
          doneMessage={t.compare.linkCopied}
        />
      </div>
      {commitments.length === 0 ? (
        <NotMentioned text={t.compare.notMentioned} />
      ) : (
        <ul className="mt-3 space-y-3">
          {commitments.map((commitment) => {
            const source = sourceById(region, commitment.source);
            return (
              <li key={commitment.id} className="rounded-lg border border-slate-300 p-4">
                <p lang={region.language}>{commitment.statement}</p>
                {commitment.quote && (
                  <blockquote className="mt-2 border-l-4 border-brand-100 pl-4">
                    <p className="sr-only">{t.region.quote}:</p>
                    <p lang={region.language} className="italic">
                      {commitment.quote}
                    </p>
                  </blockquote>
                )}
                <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                  <ArticleLinks articles={commitment.articles} titles={articleTitles} locale={locale} t={t} />
                  {/* The flex gap separates these on screen; the spaces separate them for search and screen readers. */}{' '}
                  <span>
                    {t.region.source}:{' '}
                    <Link
                      href={`${regionHref}#${anchors.source(source.id)}`}
                      lang={source.language}
                      className="text-link underline underline-offset-2"
                    >
                      {source.title}
                    </Link>
                  </span>{' '}
                  <Link
                    href={`${regionHref}#${anchors.commitment(commitment.id)}`}
                    className="text-link underline underline-offset-2"
                  >
                    {t.topic.onRegionPage(region.name)}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
