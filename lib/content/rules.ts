/**
 * Rules that one field alone cannot judge: references between parts of a file (source ids,
 * plan ids, goal numbers), references to the shared taxonomy (topics, charter articles), and
 * agreement between files (slugs). Each returns located errors; none throws.
 */
import { en } from '../i18n/en';
import { reservedTopicIds } from '../ids';
import { getRegister } from '../places/register';
import { reservedSlugs } from '../routes';
import type { ContentError, FieldPath } from './errors';
import { formatFieldPath } from './errors';
import { messages } from './messages';
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

/** What the rules compare a region with: the shared taxonomy, and the day the check runs. */
export interface RuleContext {
  /** Topic ids; undefined when the topic list could not be read (its own errors say why). */
  topicIds: ReadonlySet<string> | undefined;
  /** Charter article numbers; undefined when the charter could not be read. */
  articleNumbers: ReadonlySet<number> | undefined;
  /** YYYY-MM-DD: no review or change can have happened after it. */
  today: string;
}

function rulesForOneRegion(
  region: RegionFileForRules,
  { topicIds, articleNumbers, today }: RuleContext,
): ContentError[] {
  const context = { file: region.file, locate: region.locate };
  const { data } = region;
  const errors: ContentError[] = [];
  const at = (path: FieldPath, message: string) => errors.push(errorAt(context, path, message));

  if ((reservedSlugs as readonly string[]).includes(data.slug)) {
    at(['slug'], messages.slugTaken(data.slug));
  }
  if (data.slug !== region.slugFromFileName) {
    at(['slug'], messages.slugNotFileName(data.slug, region.slugFromFileName));
  }

  if (data.reviewed > today) {
    at(['reviewed'], messages.reviewedAfterToday(data.reviewed, today));
  }
  data.changes.forEach((change, index) => {
    if (change.date > today) {
      at(['changes', index, 'date'], messages.changeAfterToday(change.date, today));
    }
  });

  const sourceIds = data.sources.map((source) => source.id);
  for (const { index } of duplicates(data.sources, (source) => source.id)) {
    at(['sources', index, 'id'], messages.sourceIdTwice(sourceIds[index]!));
  }
  const references = sourceReferences(data);
  const known = new Set(sourceIds);
  for (const reference of references) {
    if (!known.has(reference.id)) {
      at(reference.path, messages.unknownSource(reference.id, sourceIds));
    }
  }
  const used = new Set(references.map((reference) => reference.id));
  data.sources.forEach((source, index) => {
    if (!used.has(source.id)) {
      at(['sources', index, 'id'], messages.sourceUnused(source.id));
    }
  });

  for (const { index } of duplicates(data.plans, (plan) => plan.id)) {
    at(['plans', index, 'id'], messages.idUsedTwice('plan', data.plans[index]!.id));
  }
  const planIds = new Set(data.plans.map((plan) => plan.id));
  data.plans.forEach((plan, planIndex) => {
    const { from, to } = plan.period;
    if (from !== undefined && to !== undefined && to < from) {
      at(['plans', planIndex, 'period', 'to'], messages.periodBackwards(from, to));
    }
    if (plan.replaces !== undefined && (!planIds.has(plan.replaces) || plan.replaces === plan.id)) {
      at(['plans', planIndex, 'replaces'], messages.unknownReplaced(plan.replaces, [...planIds]));
    }
    plan.activities.forEach((activity, activityIndex) => {
      if (activity.goal !== undefined && activity.goal > plan.goals.length) {
        at(
          ['plans', planIndex, 'activities', activityIndex, 'goal'],
          messages.unknownGoal(activity.goal, plan.goals.length),
        );
      }
    });
  });

  for (const { index } of duplicates(data.commitments, (commitment) => commitment.id)) {
    at(['commitments', index, 'id'], messages.idUsedTwice('commitment', data.commitments[index]!.id));
  }
  for (const { index, firstIndex } of duplicates(
    data.commitments,
    (c) => `${c.topic ?? ''}|${normalise(c.statement)}`,
  )) {
    at(['commitments', index, 'statement'], messages.sameCommitment(firstIndex));
  }
  data.commitments.forEach((commitment, index) => {
    if (topicIds && commitment.topic !== undefined && !topicIds.has(commitment.topic)) {
      at(['commitments', index, 'topic'], messages.unknownTopic(commitment.topic, [...topicIds]));
    }
    commitment.articles.forEach((article, articleIndex) => {
      if (articleNumbers && !articleNumbers.has(article)) {
        at(['commitments', index, 'articles', articleIndex], articleMessage(article, articleNumbers));
      }
    });
  });

  for (const { index, firstIndex } of duplicates(data.changes, (change) => change.date)) {
    at(['changes', index, 'date'], messages.sameChangeDate(firstIndex));
  }

  errors.push(...placeRules(context, data));

  data.figures.forEach((figure, index) => {
    if (figure.kind === 'count' && figure.outOf !== undefined && figure.outOf < figure.value) {
      at(['figures', index, 'outOf'], messages.totalBelowNumber(figure.outOf, figure.value));
    }
    if (figure.kind === 'range' && figure.max < figure.min) {
      at(['figures', index, 'max'], messages.rangeBackwards(figure.min, figure.max));
    }
  });
  return errors;
}

/** The municipalities a region lists: each in the register, in the region's country, and listed once. */
function placeRules(context: FileContext, data: RegionFrontmatter): ContentError[] {
  const register = getRegister();
  const codes = data.place.municipalities;
  const at = (index: number, message: string) => errorAt(context, ['place', 'municipalities', index], message);
  if (!register.countries.includes(data.country)) {
    return [errorAt(context, ['place', 'municipalities'], messages.noMunicipalityRegister(en.countries[data.country]))];
  }
  const errors: ContentError[] = [];
  codes.forEach((code, index) => {
    if (register.find(data.country, code)) return;
    const elsewhere = register.withCode(code)[0];
    errors.push(
      at(
        index,
        elsewhere
          ? messages.municipalityInOtherCountry(
              code,
              elsewhere.name,
              en.countries[elsewhere.country],
              en.countries[data.country],
            )
          : messages.unknownMunicipality(code, en.countries[data.country]),
      ),
    );
  });
  for (const { index, firstIndex } of duplicates(codes, (code) => code)) {
    const known = register.find(data.country, codes[index]!);
    if (known) errors.push(at(index, messages.municipalityTwice(known.code, known.name, firstIndex)));
  }
  return errors;
}

function articleMessage(article: number, articleNumbers: ReadonlySet<number>): string {
  const numbers = [...articleNumbers].sort((a, b) => a - b);
  return messages.unknownArticle(article, numbers[0]!, numbers[numbers.length - 1]!);
}

/** Rules for all region files together. */
export function regionRules(regions: readonly RegionFileForRules[], context: RuleContext): ContentError[] {
  const errors = regions.flatMap((region) => rulesForOneRegion(region, context));
  for (const { index, firstIndex } of duplicates(regions, (region) => region.data.slug)) {
    const region = regions[index]!;
    errors.push(errorAt(region, ['slug'], messages.slugUsedTwice(region.data.slug, regions[firstIndex]!.file)));
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
    errorAt(context, ['topics', index, 'id'], messages.idUsedTwice('topic', topics[index]!.id)),
  );
  topics.forEach((topic, index) => {
    if (reservedTopicIds.includes(topic.id)) {
      errors.push(errorAt(context, ['topics', index, 'id'], messages.topicIdTaken(topic.id)));
    }
    topic.articles.forEach((article, articleIndex) => {
      if (articleNumbers && !articleNumbers.has(article)) {
        errors.push(
          errorAt(context, ['topics', index, 'articles', articleIndex], articleMessage(article, articleNumbers)),
        );
      }
    });
  });
  return errors;
}

/**
 * A topic lists only charter articles that one of its commitments serves: a topic's page names its
 * articles, and one that no statement on the topic addresses would claim work the sources do not
 * describe. A topic no region has commitments on lists none.
 */
export function topicArticleRules(
  file: string,
  locate: Locate,
  topics: readonly Topic[],
  regions: readonly Pick<RegionFrontmatter, 'commitments'>[],
): ContentError[] {
  const context = { file, locate };
  return topics.flatMap((topic, index) => {
    const commitments = regions.flatMap((region) => region.commitments.filter((c) => c.topic === topic.id));
    const served = new Set(commitments.flatMap((commitment) => commitment.articles));
    return topic.articles.flatMap((article, articleIndex) =>
      served.has(article)
        ? []
        : [
            errorAt(
              context,
              ['topics', index, 'articles', articleIndex],
              messages.topicArticleUnserved(article, topic.id),
            ),
          ],
    );
  });
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
            messages.articlesOutOfOrder(expected, article.number),
          ),
        );
      }
      expected = article.number + 1;
    });
  });
  return errors;
}
