/**
 * Which texts of a region file a translation may carry, each by a path that names its place by ids
 * where the file has them ("commitments.lika-lon.statement") and by position where it does not
 * ("bodies.0.role"), with a short hash of the source's words: a translation records the hash of the
 * text it translates, and a changed source text no longer matches it. Facts (ids, dates, numbers,
 * statuses, sources, articles, topics), names and quotes are not here: they stay the source's.
 */
import { createHash } from 'node:crypto';

import type { RegionFrontmatter } from './schema';

export interface SourceText {
  path: string;
  text: string;
}

/** The path of the MDX narrative below the fields. */
export const bodyPath = 'body';

/** Consonants only, so that YAML never reads a hash as a number or a word ("00012345", "1e5", "true"). */
const hashLetters = 'bcdfghjklmnpqrstvwxz';

/** Eight letters from SHA-256: enough to tell versions of one text apart, short enough to copy. */
export function textHash(text: string): string {
  const digest = createHash('sha256').update(text.normalize('NFC').trim()).digest();
  return [...digest.subarray(0, 8)].map((byte) => hashLetters[byte % hashLetters.length]).join('');
}

function texts(prefix: string, fields: Record<string, string | readonly string[] | undefined>): SourceText[] {
  return Object.entries(fields).flatMap(([name, value]) => {
    if (value === undefined) return [];
    if (typeof value === 'string') return [{ path: `${prefix}${name}`, text: value }];
    return value.map((text, index) => ({ path: `${prefix}${name}.${index}`, text }));
  });
}

/** Every translatable text of a region, in the order of the file; the narrative last. */
export function translatableTexts(region: RegionFrontmatter, body: string): SourceText[] {
  const charter = region.charter.status === 'not-mentioned' ? undefined : region.charter.note;
  return [
    ...texts('', { summary: region.summary }),
    ...texts('charter.', { note: charter }),
    ...region.plans.flatMap((plan) => [
      ...texts(`plans.${plan.id}.`, {
        title: plan.title,
        description: plan.description,
        periodNote: plan.periodNote,
        revision: plan.revision,
        focusAreas: plan.focusAreas,
        goals: plan.goals,
      }),
      ...plan.activities.flatMap((activity, index) =>
        texts(`plans.${plan.id}.activities.${index}.`, {
          activity: activity.activity,
          when: activity.when,
          responsible: activity.responsible,
        }),
      ),
    ]),
    ...region.commitments.flatMap((commitment) =>
      texts(`commitments.${commitment.id}.`, { statement: commitment.statement }),
    ),
    ...region.bodies.flatMap((body, index) =>
      texts(`bodies.${index}.`, { role: body.role, membersNote: body.membersNote }),
    ),
    ...region.partners.flatMap((partner, index) => texts(`partners.${index}.`, { description: partner.description })),
    ...region.projects.flatMap((project, index) => texts(`projects.${index}.`, { description: project.description })),
    ...region.figures.flatMap((figure, index) =>
      texts(`figures.${index}.`, { label: figure.label, asOfNote: figure.asOfNote }),
    ),
    ...region.tools.flatMap((tool, index) => texts(`tools.${index}.`, { purpose: tool.purpose })),
    ...region.contacts.flatMap((contact, index) => texts(`contacts.${index}.`, { role: contact.role })),
    ...region.sources.flatMap((source) =>
      texts(`sources.${source.id}.`, { dateNote: source.dateNote, note: source.note }),
    ),
    ...region.changes.flatMap((change) => texts(`changes.${change.date}.`, { summary: change.summary })),
    ...(body.trim() === '' ? [] : [{ path: bodyPath, text: body }]),
  ];
}
