import MiniSearch, { type Options } from 'minisearch';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { englishWords } from '../english';
import { hanGrams, hasHan, isHan, syllablePair } from './text';
import type { SearchBead } from './types';

/**
 * Fields of the MiniSearch engine. Each is given to it already tokenised,
 * space-separated, so the engine only counts terms:
 * - zh: adjacent Han pairs and each run's last character (substring search across word boundaries)
 * - zw: whole segmented words of two or more characters (ranks whole-word matches up)
 * - py: toneless syllables of adjacent pairs and of each run's last character (pinyin sequences)
 * - pw: toneless pinyin of whole words (ranks "wangluo qiangguo" typed as words up)
 * - en: stemmed English words
 */
export const FIELDS = ['zh', 'zw', 'py', 'pw', 'en'] as const;
export type Field = (typeof FIELDS)[number];

type EngineDocument = { id: number } & Record<Field, string>;

const TERM_SEPARATOR = ' ';

export const ENGINE_OPTIONS: Options<EngineDocument> = {
  fields: [...FIELDS],
  tokenize: (text) => text.split(TERM_SEPARATOR).filter((term) => term !== ''),
  processTerm: (term) => term,
  searchOptions: { prefix: false, fuzzy: false },
};

/** Written into each serialised index so a stale file is refused rather than misread (2: stems from lib/english). */
export const SEARCH_INDEX_FORMAT = 'qiushi-search/2';

/** Placeholder syllable for a Han character pinyin-pro has no reading for. */
export const NO_SYLLABLE = '-';

/** A bead as the index keeps it: enough to verify matches and place highlights. */
export interface StoredBead {
  slug: string;
  bead: number;
  zh: string;
  en: string;
  /** Toneless syllable of each Han character of `zh`, in order. */
  syllables: string[];
}

export interface SearchIndex {
  readonly beads: readonly StoredBead[];
  readonly engine: MiniSearch<EngineDocument>;
}

/** Each Han character's toneless reading, chosen by pinyin-pro in the context of the whole text. */
function readSyllables(zh: string): string[] {
  if (!hasHan(zh)) return [];
  const syllables: string[] = [];
  for (const item of pinyin(zh, { type: 'all', toneType: 'none', v: true })) {
    const chars = Array.from(item.origin);
    const reading = item.isZh && chars.length === 1 && /^[a-z]+$/u.test(item.pinyin) ? item.pinyin : NO_SYLLABLE;
    for (const char of chars) if (isHan(char)) syllables.push(reading);
  }
  return syllables;
}

/** Han characters of `text` paired with their syllables, with UTF-16 offsets. */
export function hanPositions(text: string, syllables: readonly string[]): { start: number; end: number; syllable: string }[] {
  const positions: { start: number; end: number; syllable: string }[] = [];
  let offset = 0;
  for (const char of text) {
    if (isHan(char)) {
      positions.push({ start: offset, end: offset + char.length, syllable: syllables[positions.length] ?? NO_SYLLABLE });
    }
    offset += char.length;
  }
  return positions;
}

/** Like hanGrams for syllables: each syllable with the next when adjacent, else alone. */
function pinyinTerms(positions: ReturnType<typeof hanPositions>): string[] {
  const terms: string[] = [];
  positions.forEach((p, i) => {
    if (p.syllable === NO_SYLLABLE) return;
    const next = positions[i + 1];
    const paired = next && next.start === p.end && next.syllable !== NO_SYLLABLE;
    terms.push(paired ? syllablePair(p.syllable, next.syllable) : p.syllable);
  });
  return terms;
}

/** Whole words of two or more Han characters with their toneless pinyin; words not found in order are skipped. */
function wordTerms(zh: string, words: readonly string[], positions: ReturnType<typeof hanPositions>) {
  const zw: string[] = [];
  const pw: string[] = [];
  const byStart = new Map(positions.map((p) => [p.start, p]));
  let cursor = 0;
  for (const word of words) {
    const at = zh.indexOf(word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    const chars = Array.from(word);
    if (chars.length < 2 || !chars.every(isHan)) continue;
    zw.push(word);
    let offset = at;
    const syllables: string[] = [];
    for (const char of chars) {
      syllables.push(byStart.get(offset)?.syllable ?? NO_SYLLABLE);
      offset += char.length;
    }
    if (!syllables.includes(NO_SYLLABLE)) pw.push(syllables.join(''));
  }
  return { zw, pw };
}

/**
 * Builds the search index. Pinyin comes from pinyin-pro run over each bead's
 * whole Chinese text, so polyphonic characters get their reading in context;
 * without `zhWords` there is no whole-word ranking, but every search still works.
 */
export function buildSearchIndex(beads: readonly SearchBead[]): SearchIndex {
  const engine = new MiniSearch<EngineDocument>(ENGINE_OPTIONS);
  const stored: StoredBead[] = [];
  const documents: EngineDocument[] = beads.map((b, id) => {
    const syllables = readSyllables(b.zh);
    const positions = hanPositions(b.zh, syllables);
    const { zw, pw } = wordTerms(b.zh, b.zhWords ?? [], positions);
    stored.push({ slug: b.slug, bead: b.bead, zh: b.zh, en: b.en, syllables });
    return {
      id,
      zh: hanGrams(b.zh).join(TERM_SEPARATOR),
      zw: zw.join(TERM_SEPARATOR),
      py: pinyinTerms(positions).join(TERM_SEPARATOR),
      pw: pw.join(TERM_SEPARATOR),
      en: englishWords(b.en)
        .map((word) => word.stem)
        .join(TERM_SEPARATOR),
    };
  });
  engine.addAll(documents);
  return { beads: stored, engine };
}

/** Stored beads as tuples: slug number, bead, zh, en, space-separated syllables. */
const storedBeadSchema = z.tuple([z.number().int().nonnegative(), z.number().int(), z.string(), z.string(), z.string()]);
const serialisedSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  slugs: z.array(z.string()),
  beads: z.array(storedBeadSchema),
  engine: z.looseObject({}),
});

/** The index as JSON, for writing to disk at build time. */
export function serializeSearchIndex(index: SearchIndex): string {
  const slugs = [...new Set(index.beads.map((b) => b.slug))];
  const slugNumber = new Map(slugs.map((slug, i) => [slug, i]));
  return JSON.stringify({
    format: SEARCH_INDEX_FORMAT,
    slugs,
    beads: index.beads.map((b) => [slugNumber.get(b.slug), b.bead, b.zh, b.en, b.syllables.join(' ')]),
    engine: index.engine,
  });
}

/** Reads an index written by `serializeSearchIndex`; throws when the JSON is not one. */
export function loadSearchIndex(json: string): SearchIndex {
  const parsed = serialisedSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a search index (${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'})`);
  }
  const { slugs, beads, engine } = parsed.data;
  const stored = beads.map(([slugNumber, bead, zh, en, syllables]): StoredBead => {
    const slug = slugs[slugNumber];
    if (slug === undefined) throw new Error(`not a search index (bead names slug ${slugNumber} of ${slugs.length})`);
    return { slug, bead, zh, en, syllables: syllables === '' ? [] : syllables.split(' ') };
  });
  return { beads: stored, engine: MiniSearch.loadJS(engine as Parameters<typeof MiniSearch.loadJS>[0], ENGINE_OPTIONS) };
}
