/**
 * Rules that one field alone cannot judge: references between parts of a file (source ids,
 * plan ids, goal numbers), references to the shared taxonomy (topics, charter articles), and
 * agreement between files (slugs). Each returns located errors; none throws.
 */
import { reservedTopicIds } from '../ids';
import { reservedSlugs } from '../routes';
import type { ContentError, FieldPath } from './errors';
import { formatFieldPath, quote } from './errors';
import type { CharterFile, RegionFrontmatter, Topic } from './schema';
import type { Locate } from './yaml-locate';

export interface RegionFileForRules {
  file: string;
  /** The slug the file name gives (without a leading _ for drafts). */
  slugFromFileName: string;
  data: RegionFrontmatter;
  locate: Locate;
}

interface FileContext {
  file: string;
  locate: Locate;
}

function errorAt({ file, locate }: FileContext, path: FieldPath, message: string): ContentError {
  return { file, ...locate(path), field: formatFieldPath(path), message };
}

/** Every `source:` reference in the data, wherever it sits, with its path. */
function sourceReferences(value: unknown, path: FieldPath = []): { id: string; path: FieldPath }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourceReferences(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'source' && typeof child === 'string'
      ? [{ id: child, path: [...path, key] }]
      : sourceReferences(child, [...path, key]),
  );
}

/** Every item whose key an earlier item already had, with the index of that earlier item. */
function duplicates<T>(items: readonly T[], key: (item: T) => string): { index: number; firstIndex: number }[] {
  const seen = new Map<string, number>();
  const found: { index: number; firstIndex: number }[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    const firstIndex = seen.get(value);
    if (firstIndex === undefined) seen.set(value, index);
    else found.push({ index, firstIndex });
  });
  return found;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

function listOrNone(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : '(none)';
}

/** What the rules compare a region with: the shared taxonomy, and the day the check runs. */
export interface RuleContext {
  /** Topic ids; undefined when the topic list could not be read (its own errors say why). */
  topicIds: ReadonlySet<string> | undefined;
  /** Charter article numbers; undefined when the charter could not be read. */
  articleNumbers: ReadonlySet<number> | undefined;
  /** YYYY-MM-DD: no review or change can have happened after it. */
  today: string;
}

function rulesForOneRegion(region: RegionFileForRules, { topicIds, articleNumbers, today }: RuleContext): ContentError[] {
  const context = { file: region.file, locate: region.locate };
  const { data } = region;
  const errors: ContentError[] = [];
  const at = (path: FieldPath, message: string) => errors.push(errorAt(context, path, message));

  if ((reservedSlugs as readonly string[]).includes(data.slug)) {
    at(['slug'], `the slug ${quote(data.slug)} is taken by a page of the site; choose another`);
  }
  if (data.slug !== region.slugFromFileName) {
    at(['slug'], `the slug ${quote(data.slug)} must be the file name without .mdx: ${quote(region.slugFromFileName)}`);
  }

  if (data.reviewed > today) {
    at(['reviewed'], `the date ${data.reviewed} is after today (${today}); write the day the file was last checked against its sources`);
  }
  data.changes.forEach((change, index) => {
    if (change.date > today) {
      at(['changes', index, 'date'], `the date ${change.date} is after today (${today}); write the day the change was made`);
    }
  });

  const sourceIds = data.sources.map((source) => source.id);
  for (const { index } of duplicates(data.sources, (source) => source.id)) {
    at(['sources', index, 'id'], `the source id ${quote(sourceIds[index])} is used twice; list each source once`);
  }
  const references = sourceReferences(data);
  const known = new Set(sourceIds);
  for (const reference of references) {
    if (!known.has(reference.id)) {
      at(reference.path, `unknown source ${quote(reference.id)}; sources in this file: ${listOrNone(sourceIds)}`);
    }
  }
  const used = new Set(references.map((reference) => reference.id));
  data.sources.forEach((source, index) => {
    if (!used.has(source.id)) {
      at(['sources', index, 'id'], `the source ${quote(source.id)} is listed, but nothing in the file refers to it`);
    }
  });

  for (const { index } of duplicates(data.plans, (plan) => plan.id)) {
    at(['plans', index, 'id'], `the plan id ${quote(data.plans[index]!.id)} is used twice`);
  }
  const planIds = new Set(data.plans.map((plan) => plan.id));
  data.plans.forEach((plan, planIndex) => {
    const { from, to } = plan.period;
    if (from !== undefined && to !== undefined && to < from) {
      at(['plans', planIndex, 'period', 'to'], `the period ends (${to}) before it starts (${from})`);
    }
    if (plan.replaces !== undefined && (!planIds.has(plan.replaces) || plan.replaces === plan.id)) {
      at(
        ['plans', planIndex, 'replaces'],
        `no other plan in this file has the id ${quote(plan.replaces)}; plans: ${listOrNone([...planIds])}`,
      );
    }
    plan.activities.forEach((activity, activityIndex) => {
      if (activity.goal !== undefined && activity.goal > plan.goals.length) {
        at(
          ['plans', planIndex, 'activities', activityIndex, 'goal'],
          `goal ${activity.goal} does not exist; this plan has ${plan.goals.length} goal(s) under goals`,
        );
      }
    });
  });

  for (const { index } of duplicates(data.commitments, (commitment) => commitment.id)) {
    at(['commitments', index, 'id'], `the commitment id ${quote(data.commitments[index]!.id)} is used twice`);
  }
  for (const { index, firstIndex } of duplicates(data.commitments, (c) => `${c.topic ?? ''}|${normalise(c.statement)}`)) {
    at(['commitments', index, 'statement'], `the same commitment as commitments[${firstIndex}] (same topic and statement)`);
  }
  data.commitments.forEach((commitment, index) => {
    if (topicIds && commitment.topic !== undefined && !topicIds.has(commitment.topic)) {
      at(
        ['commitments', index, 'topic'],
        `unknown topic ${quote(commitment.topic)}; known topics: ${[...topicIds].join(', ')}`,
      );
    }
    commitment.articles.forEach((article, articleIndex) => {
      if (articleNumbers && !articleNumbers.has(article)) {
        at(['commitments', index, 'articles', articleIndex], articleMessage(article, articleNumbers));
      }
    });
  });

  for (const { index, firstIndex } of duplicates(data.changes, (change) => change.date)) {
    at(
      ['changes', index, 'date'],
      `changes[${firstIndex}] has the same date; write one change per date, summing up the day's changes`,
    );
  }

  data.figures.forEach((figure, index) => {
    if (figure.kind === 'count' && figure.outOf !== undefined && figure.outOf < figure.value) {
      at(['figures', index, 'outOf'], `the total (${figure.outOf}) is smaller than the number (${figure.value})`);
    }
    if (figure.kind === 'range' && figure.max < figure.min) {
      at(['figures', index, 'max'], `the range ends (${figure.max}) below where it starts (${figure.min})`);
    }
  });
  return errors;
}

function articleMessage(article: number, articleNumbers: ReadonlySet<number>): string {
  const numbers = [...articleNumbers].sort((a, b) => a - b);
  return `unknown article ${article}; the charter has articles ${numbers[0]}-${numbers[numbers.length - 1]}`;
}

/** Rules for all region files together. */
export function regionRules(regions: readonly RegionFileForRules[], context: RuleContext): ContentError[] {
  const errors = regions.flatMap((region) => rulesForOneRegion(region, context));
  for (const { index, firstIndex } of duplicates(regions, (region) => region.data.slug)) {
    const region = regions[index]!;
    errors.push(
      errorAt(region, ['slug'], `the slug ${quote(region.data.slug)} is also used by ${regions[firstIndex]!.file}`),
    );
  }
  return errors;
}

export function topicRules(
  file: string,
  locate: Locate,
  topics: readonly Topic[],
  articleNumbers: ReadonlySet<number> | undefined,
): ContentError[] {
  const context = { file, locate };
  const errors = duplicates(topics, (topic) => topic.id).map(({ index }) =>
    errorAt(context, ['topics', index, 'id'], `the topic id ${quote(topics[index]!.id)} is used twice`),
  );
  topics.forEach((topic, index) => {
    if (reservedTopicIds.includes(topic.id)) {
      errors.push(
        errorAt(context, ['topics', index, 'id'], `the id ${quote(topic.id)} is taken by a part of the pages; choose another`),
      );
    }
    topic.articles.forEach((article, articleIndex) => {
      if (articleNumbers && !articleNumbers.has(article)) {
        errors.push(errorAt(context, ['topics', index, 'articles', articleIndex], articleMessage(article, articleNumbers)));
      }
    });
  });
  return errors;
}

export function charterRules(file: string, locate: Locate, charter: CharterFile): ContentError[] {
  const context = { file, locate };
  const errors: ContentError[] = [];
  let expected = 1;
  charter.groups.forEach((group, groupIndex) => {
    group.articles.forEach((article, articleIndex) => {
      if (article.number !== expected) {
        errors.push(
          errorAt(
            context,
            ['groups', groupIndex, 'articles', articleIndex, 'number'],
            `articles must be numbered in order without gaps: expected ${expected}, found ${article.number}`,
          ),
        );
      }
      expected = article.number + 1;
    });
  });
  return errors;
}
