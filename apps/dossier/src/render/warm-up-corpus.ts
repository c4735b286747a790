import type { Corpus } from '@dossier/core';

const SYLLABLES = [
  'ka',
  'lo',
  'men',
  'tri',
  'sa',
  'bel',
  'or',
  'vin',
  'du',
  'ter',
  'ha',
  'nis',
  'pe',
  'ul',
  'rak',
  'zo',
];
const JOINERS = ['und', 'der', 'die', 'mit', 'für', 'nach', 'über', 'das', 'von', 'im'];

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A made-up corpus of `articles` articles with figures, statements, sources, people and dates, in invented
 * words (so the fonts shape many different words, as with real text). Rendering it exercises the same code as
 * a real dossier: a render thread renders it while the articles are still being read, so the real dossier
 * meets code the engine has already compiled. Pure and deterministic.
 */
export function toWarmUpCorpus(articles = 12, seed = 1): Corpus {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const word = (cap = false) => {
    let w = '';
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return cap ? w[0]?.toUpperCase() + w.slice(1) : w;
  };
  const sentence = (words = 12) => {
    const out: string[] = [word(true)];
    for (let i = 1; i < words; i++) out.push(rnd() < 0.25 ? pick(JOINERS) : word(rnd() < 0.3));
    if (rnd() < 0.3) out.splice(3, 0, String(Math.floor(rnd() * 90_000)));
    return `${out.join(' ')}.`;
  };
  const name = () => `${word(true)} ${word(true)}`;
  const ids = Array.from({ length: articles }, (_, i) => `warm-${i}`);
  const day = (i: number) => `2030-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const people = Array.from({ length: 6 }, () => ({
    name: name(),
    role: `${word(true)} ${pick(JOINERS)} ${word(true)}`,
  }));
  return {
    schemaVersion: 1,
    articles: ids.map((id, i) => ({
      id,
      file: `${id}.txt`,
      title: sentence(7).slice(0, -1),
      date: day(i),
      publisher: i % 3 ? `${word(true)} ${word(true)}` : null,
      author: i % 2 ? name() : null,
      language: 'de',
      body: Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => sentence()).join(' ')).join(
        '\n\n',
      ),
    })),
    figures: Array.from({ length: 3 * articles }, (_, i) => ({
      value: Math.floor(rnd() * 1_000_000) / (i % 4 ? 1 : 100),
      unit: pick(['Prozent', 'Euro', 'Menschen', null]),
      claimant: i % 3 ? (people[i % people.length]?.name ?? null) : null,
      subject: word(true),
      ...(i % 5 === 0 ? { approx: true } : {}),
      mentions: [{ article: ids[i % articles] as string, text: sentence(16) }],
    })),
    quotes: Array.from({ length: 4 * articles }, (_, i) => {
      const who = people[i % people.length];
      return {
        article: ids[(i * 7) % articles] as string,
        speaker: i % 9 ? (who?.name ?? null) : null,
        role: who?.role ?? null,
        text: sentence(10 + (i % 14)),
        kind: i % 3 ? ('direct' as const) : ('indirect' as const),
      };
    }),
    sources: Array.from({ length: 5 }, (_, i) => ({
      name: `${word(true)} ${word(true)}`,
      articles: ids.filter((_, j) => j % (i + 2) === 0),
      kind: pick(['agency', 'outlet', 'institute'] as const),
    })),
    people: people.map((p, i) => ({
      name: p.name,
      aliases: [],
      role: p.role,
      articles: ids.slice(0, 1 + i),
    })),
    timeline: Array.from({ length: 2 * articles }, (_, i) => ({
      date: day(i * 5),
      text: sentence(14),
      articles: [ids[i % articles] as string],
    })),
  };
}
