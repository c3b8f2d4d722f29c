/**
 * A synthetic corpus for the build benchmark: N valid regions shaped like the real ones (plans with
 * periods, about a dozen commitments across the topics, bodies, partners, figures, two sources, a
 * narrative of a few paragraphs), written in several languages. Seeded, so every run writes the same.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parse, stringify } from 'yaml';

import { topicsFileSchema } from '../../lib/content/schema';
import { getRegister } from '../../lib/places/register';

const languages = [
  {
    code: 'sv',
    country: 'SE',
    words:
      'jämställdhet kvinnor män arbete plan mål kommun region länet verksamhet samverkan kunskap analys statistik lön chefer medborgare service upphandling utveckling'.split(
        ' ',
      ),
  },
  {
    code: 'nb',
    country: 'NO',
    words:
      'likestilling kvinner menn arbeid plan mål kommune fylke virksomhet samarbeid kunnskap analyse statistikk lønn ledere innbyggere tjenester innkjøp utvikling'.split(
        ' ',
      ),
  },
  {
    code: 'da',
    country: 'NO',
    words:
      'ligestilling kvinder mænd arbejde plan mål kommune region virksomhed samarbejde viden analyse statistik løn ledere borgere service indkøb udvikling'.split(
        ' ',
      ),
  },
  {
    code: 'fi',
    country: 'SE',
    words:
      'tasa-arvo naiset miehet työ suunnitelma tavoite kunta alue toiminta yhteistyö tieto analyysi tilasto palkka johtajat asukkaat palvelu hankinta kehitys'.split(
        ' ',
      ),
  },
  {
    code: 'en',
    country: 'SE',
    words:
      'equality women men work plan goal municipality region service cooperation knowledge analysis statistics pay managers citizens services procurement development'.split(
        ' ',
      ),
  },
] as const;

/**
 * The places the synthetic regions cover, as the Nordics' bodies would: first every county, then
 * every municipality on its own, so that from N = 37 on municipalities are covered twice. Only Sweden
 * and Norway have a register, so the Danish and Finnish texts are set there.
 */
const places = (() => {
  const { counties, municipalities } = getRegister();
  return [
    ...counties.map((county) => ({
      country: county.country,
      codes: municipalities
        .filter((municipality) => municipality.county === county)
        .map((municipality) => municipality.code),
    })),
    ...municipalities.map((municipality) => ({ country: municipality.country, codes: [municipality.code] })),
  ];
})();

/** The real topics with their articles, which the synthetic commitments serve (lib/content/rules.ts). */
const topicArticles = new Map(
  topicsFileSchema
    .parse(parse(readFileSync('content/topics.yaml', 'utf8')))
    .topics.map((topic) => [topic.id, topic.articles]),
);
const topicIds = [...topicArticles.keys()];

/** A small deterministic PRNG (mulberry32), so that the corpus is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function region(index: number) {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const place = places[index % places.length]!;
  const spoken = languages.filter((candidate) => candidate.country === place.country);
  const language = spoken[index % spoken.length]!;
  const sentence = (length: number) => {
    const words = Array.from({ length }, () => pick(language.words));
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const slug = `region-${String(index + 1).padStart(3, '0')}`;
  const from = 2008 + Math.floor(next() * 12);
  const commitments = Array.from({ length: 8 + Math.floor(next() * 8) }, (_, number) => {
    const topic = next() < 0.9 ? pick(topicIds) : undefined;
    return {
      id: `commitment-${number + 1}`,
      topic,
      // The topic's own articles, so that every article a topic lists has a commitment that serves it.
      articles: topic ? [...(topicArticles.get(topic) ?? [])] : [1 + Math.floor(next() * 30)],
      statement: `${sentence(10 + Math.floor(next() * 12))} (${number + 1})`,
      ...(next() < 0.4 ? { quote: sentence(12) } : {}),
      source: next() < 0.7 ? 'document' : 'web-page',
    };
  });
  const frontmatter = {
    slug,
    name: `Region ${String(index + 1).padStart(3, '0')}`,
    country: place.country,
    language: language.code,
    summary: `${sentence(18)} ${sentence(14)}`,
    reviewed: '2026-11-01',
    organisations: [
      { name: `${sentence(3).slice(0, -1)} ${index + 1}`, type: 'county-council', status: { kind: 'unchanged' } },
    ],
    place: { municipalities: place.codes, source: 'web-page' },
    charter: next() < 0.5 ? { status: 'not-mentioned' } : { status: 'signed', note: sentence(12), source: 'document' },
    plans: [
      {
        id: 'plan-a',
        title: sentence(6).slice(0, -1),
        kind: 'action-plan',
        period: { from, to: from + 3 },
        source: 'document',
      },
      {
        id: 'plan-b',
        title: sentence(5).slice(0, -1),
        kind: 'strategy',
        period: { from: from + 4, to: from + 7 },
        source: 'document',
      },
      { id: 'plan-c', title: sentence(4).slice(0, -1), kind: 'guideline', periodNote: sentence(8), source: 'web-page' },
    ],
    commitments,
    bodies: [
      {
        name: sentence(3).slice(0, -1),
        members: [sentence(2), sentence(2), sentence(3)],
        role: sentence(14),
        source: 'document',
      },
    ],
    partners: [{ name: sentence(2).slice(0, -1), kind: 'network', description: sentence(12), source: 'web-page' }],
    figures: [
      { kind: 'count', value: Math.floor(next() * 200), label: sentence(6), asOf: from + 2, source: 'document' },
    ],
    tools: [{ name: sentence(1).slice(0, -1), purpose: sentence(8), source: 'document' }],
    contacts: [],
    sources: [
      { id: 'document', title: sentence(6).slice(0, -1), kind: 'document', language: language.code, year: from },
      { id: 'web-page', title: sentence(3).slice(0, -1), kind: 'web-page', language: language.code },
    ],
    changes: [{ date: '2026-11-01', summary: sentence(8) }],
  };
  const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 5 }, () => sentence(14)).join(' '));
  const body = `## ${sentence(3).slice(0, -1)}\n\n${paragraphs.slice(0, 3).join('\n\n')}\n\n## ${sentence(2).slice(0, -1)}\n\n${paragraphs.slice(3).join('\n\n')}\n`;
  return `---\n${stringify(frontmatter, { lineWidth: 100 })}---\n\n${body}`;
}

/**
 * Writes N regions, with the real topic list and charter, into dir (emptied first): the first N, or
 * the regions of the given numbers (from 0), whose places are the places list's at those numbers.
 */
export function writeCorpus(dir: string, regions: number | readonly number[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'regions'), { recursive: true });
  copyFileSync('content/topics.yaml', path.join(dir, 'topics.yaml'));
  copyFileSync('content/charter.yaml', path.join(dir, 'charter.yaml'));
  const indices = typeof regions === 'number' ? Array.from({ length: regions }, (_, index) => index) : regions;
  for (const index of indices) {
    writeFileSync(path.join(dir, 'regions', `region-${String(index + 1).padStart(3, '0')}.mdx`), region(index));
  }
}

/** The number of the first region that covers a single municipality, after one per county. */
export const firstMunicipalRegion = places.length - getRegister().municipalities.length;
