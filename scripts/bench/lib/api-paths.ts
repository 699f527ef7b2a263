import { foldedWords } from '@ctn/shared';
import { createRandom, OCCUPATIONS, PROVINCES } from './postings-generator';

/** 1,000 distinct board URLs: titles with and without accents, typos, half-typed words, places, filters. */
export function apiPaths(): string[] {
  const pick = createRandom(7);
  const titles = OCCUPATIONS.flatMap((o) => o.titles);
  const provinces = PROVINCES.map(([code, name]) => ({ code, name }));
  const fold = (text: string) => foldedWords(text).join(' ');
  const typo = (text: string) => {
    const words = fold(text).split(' ');
    const i = Math.floor(pick() * words.length);
    const w = words[i]!;
    if (w.length >= 4) words[i] = w.slice(0, 1) + w[2] + w[1] + w.slice(3);
    return words.join(' ');
  };
  const prefix = (text: string) => {
    const words = fold(text).split(' ');
    const last = words.pop()!;
    return [...words, last.slice(0, Math.max(1, Math.ceil(last.length / 2)))].join(' ');
  };
  const variants = [
    (t: string) => t,
    (t: string) => fold(t),
    typo,
    prefix,
    (t: string) =>
      `${fold(t).split(' ').slice(0, 2).join(' ')} ${fold(provinces[Math.floor(pick() * provinces.length)]!.name)}`,
  ];
  const filters = [
    '',
    '',
    '',
    'province=01',
    'province=79',
    'province=24',
    'minWage=7000000',
    'benefits=housing',
    'fairChance=true',
    'sort=wage',
  ];
  const paths = new Set<string>();
  while (paths.size < 1000) {
    const title = titles[Math.floor(pick() * titles.length)]!;
    const q = variants[Math.floor(pick() * variants.length)]!(title);
    const filter = filters[Math.floor(pick() * filters.length)]!;
    paths.add(`/api/jobs?q=${encodeURIComponent(q)}${filter ? `&${filter}` : ''}`);
  }
  return [...paths];
}
