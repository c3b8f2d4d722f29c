import type { Plan } from '@/lib/content/schema';
import type { Dictionary } from '@/lib/i18n';

interface Props {
  plan: Plan;
  lang: string;
  t: Dictionary;
}

/**
 * A plan's activity plan: a real table with header cells where there is room for four columns, and
 * the same rows as a list on a phone, where the table would have to scroll sideways. Only one of the
 * two is displayed, so assistive technology meets each row once.
 */
export function ActivityTable({ plan, lang, t }: Props) {
  const columns = t.plans.activityColumns;
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm sm:table">
        <caption className="sr-only">
          {t.plans.activities}: <span lang={lang}>{plan.title}</span>
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
          {plan.activities.map((activity, index) => (
            <tr key={index} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 text-center">{activity.goal}</td>
              <th scope="row" lang={lang} className="py-2 pr-3 font-normal">
                {activity.activity}
              </th>
              <td lang={lang} className="py-2 pr-3">
                {activity.when}
              </td>
              <td lang={lang} className="py-2">
                {activity.responsible}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 text-sm sm:hidden">
        {plan.activities.map((activity, index) => (
          <li key={index} className="border-b border-slate-200 pb-3">
            <p lang={lang}>{activity.activity}</p>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3">
              {activity.goal !== undefined && (
                <>
                  <dt className="font-semibold">{columns.goal}</dt>
                  <dd>{activity.goal}</dd>
                </>
              )}
              <dt className="font-semibold">{columns.when}</dt>
              <dd lang={lang}>{activity.when}</dd>
              <dt className="font-semibold">{columns.responsible}</dt>
              <dd lang={lang}>{activity.responsible}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
