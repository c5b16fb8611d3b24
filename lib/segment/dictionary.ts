import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getGlossary, type GlossaryCategory } from '../glossary';

/** The project's own segmentation words (names, places, fixes), loaded on top of segmentit's. */
export const SEGMENT_DICT_FILE = path.join(process.cwd(), 'corpus', 'segment-dict.txt');

/**
 * Bump when the way tokens are produced changes, so cached segmentations are not reused.
 * The dictionary data (segment-dict.txt, glossary terms) is hashed into the version too.
 */
const SEGMENTER_REVISION = 'segmentit@2.0.3/han-runs/1';

/**
 * segmentit's frequency for glossary terms, per character. Its own entries run to a few
 * thousand, so a term wins its chunk on average frequency as well as on being one word; and
 * scaled by length, a term holding a shorter one (中国共产党人, 共产党人) outweighs it.
 */
export const GLOSSARY_FREQUENCY_PER_CHARACTER = 100_000;

/** Part-of-speech tags accepted in segment-dict.txt, as segmentit's POSTAG bit flags. */
export const POS_TAGS = {
  n: 0x00100000,
  v: 0x00001000,
  a: 0x40000000,
  d: 0x08000000,
  c: 0x10000000,
  f: 0x02000000,
  i: 0x01000000,
  l: 0x00800000,
  m: 0x00400000,
  q: 0x00020000,
  t: 0x00004000,
  nr: 0x00000080,
  ns: 0x00000040,
  nt: 0x00000020,
  nz: 0x00000008,
} as const;

export type PosTag = keyof typeof POS_TAGS;

const TAG_BY_CATEGORY: Readonly<Record<GlossaryCategory, PosTag>> = {
  policy: 'n',
  ideology: 'n',
  law: 'n',
  institution: 'nt',
  person: 'nr',
  place: 'ns',
  publication: 'nz',
  event: 'nz',
  other: 'n',
};

/**
 * segmentit scores a chunk down half a point when it holds no verb, and up a point for an
 * adjective before a noun, so 在|新|时代 beat 在|新时代. Glossary terms carry the verb flag
 * besides their own so the whole term keeps winning; the flags only steer scoring.
 */
const GLOSSARY_EXTRA_FLAGS = POS_TAGS.v;

export interface DictWord {
  word: string;
  /** segmentit POSTAG bit flags. */
  flags: number;
  frequency: number;
}

const LINE = /^(\p{Script=Han}+)\s+([a-z]+)\s+(\d+)$/u;
const COMMENT = /^\s*(?:#|$)/;

/** Parses segment-dict.txt: `word tag frequency` per line, `#` comments and blank lines allowed. */
export function parseSegmentDict(text: string, file: string): DictWord[] {
  const words: DictWord[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (COMMENT.test(line)) return;
    const match = LINE.exec(line.trim());
    const tag = match?.[2];
    if (!match || !tag || !(tag in POS_TAGS)) {
      throw new Error(`${file} (line ${index + 1}): expected "word tag frequency" with tag one of ${Object.keys(POS_TAGS).join(', ')}`);
    }
    words.push({ word: match[1] ?? '', flags: POS_TAGS[tag as PosTag], frequency: Number(match[3]) });
  });
  return words;
}

export interface DomainDictionary {
  words: DictWord[];
  /** Hash of everything that decides a segmentation: cache key prefix. */
  version: string;
}

/** The domain dictionary: every glossary term plus segment-dict.txt. */
export function loadDomainDictionary(file: string = SEGMENT_DICT_FILE): DomainDictionary {
  const text = readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const glossaryWords = getGlossary().map((entry): DictWord => ({
    word: entry.term,
    flags: POS_TAGS[TAG_BY_CATEGORY[entry.category]] | GLOSSARY_EXTRA_FLAGS,
    frequency: GLOSSARY_FREQUENCY_PER_CHARACTER * [...entry.term].length,
  }));
  const words = [...glossaryWords, ...parseSegmentDict(text, file)];
  const version = createHash('sha256').update(SEGMENTER_REVISION).update(JSON.stringify(words)).digest('hex');
  return { words, version };
}

/** The words in segmentit's own dictionary format, `word|POS flags|frequency`. */
export function toSegmentitDict(words: readonly DictWord[]): string {
  return words.map(({ word, flags, frequency }) => `${word}|0x${flags.toString(16)}|${frequency}`).join('\n');
}
