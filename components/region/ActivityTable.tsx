import type { LocalisedRegion } from '@/lib/content';
import type { PageContext } from '@/lib/page-context';

import { ShownWords } from './RegionText';

interface Props {
  plan: LocalisedRegion['plans'][number];
  page: PageContext;
}

/**
 * A plan's activity plan: a real table with header cells where there is room for four columns, and
 * the same rows as a list on a phone, where the table would have to scroll sideways. Only one of the
 * two is displayed, so assistive technology meets each row once.
 */
export function ActivityTable({ plan, page }: Props) {
  const { t } = page;
  const columns = t.plans.activityColumns;
  const { title, activities } = plan;
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm sm:table">
        <caption className="sr-only">
          {t.plans.activities}: <span lang={title.lang}>{title.text}</span>
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">
              {columns.goal}
            </th>
            <th scope="col" className="py-2 pr-3">
              {columns.activity}
            </th>
            <th scope="col" className="py-2 pr-3">
              {columns.when}
            </th>
            <th scope="col" className="py-2">
              {columns.responsible}
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((row, index) => (
            <tr key={index} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 text-center">{row.goal}</td>
              <th scope="row" lang={row.activity.lang} className="py-2 pr-3 font-normal">
                <ShownWords shown={row.activity} page={page} />
              </th>
              <td lang={row.when.lang} className="py-2 pr-3">
                <ShownWords shown={row.when} page={page} />
              </td>
              <td lang={row.responsible.lang} className="py-2">
                <ShownWords shown={row.responsible} page={page} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 text-sm sm:hidden">
        {activities.map((row, index) => (
          <li key={index} className="border-b border-slate-200 pb-3">
            <p lang={row.activity.lang}>
              <ShownWords shown={row.activity} page={page} />
            </p>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
              {row.goal !== undefined && (
                <>
                  <dt className="font-semibold">{columns.goal}</dt>
                  <dd>{row.goal}</dd>
                </>
              )}
              <dt className="font-semibold">{columns.when}</dt>
              <dd lang={row.when.lang}>
                <ShownWords shown={row.when} page={page} />
              </dd>
              <dt className="font-semibold">{columns.responsible}</dt>
              <dd lang={row.responsible.lang}>
                <ShownWords shown={row.responsible} page={page} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
