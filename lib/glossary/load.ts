import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ATTESTATION_KINDS, GLOSSARY_CATEGORIES, GlossaryError, type GlossaryEntry } from './types';

/** Han characters only: a term must be something the segmenter can emit as one word. */
const HAN_TERM = /^\p{Script=Han}+$/u;
/** Pinyin: letters (tone-marked or plain), spaces, apostrophes and hyphens. */
const PINYIN = /^[\p{Script=Latin}' -]+$/u;

const text = z.string().trim().min(1);
/** A date as precise as a source gives it. */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const citationSchema = z.strictObject({
  title: text,
  publisher: text,
  date: z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

const attestationSchema = z.strictObject({
  rendering: text,
  publisher: text,
  date: z.string().regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  url: z.url({ protocol: /^https?$/ }),
  kind: z.enum(ATTESTATION_KINDS),
});

const entrySchema = z.strictObject({
  term: z.string().regex(HAN_TERM, 'must be Chinese characters only'),
  pinyin: text.regex(PINYIN, 'must be pinyin letters with tone marks'),
  recommended: text,
  basis: text,
  citations: z.array(citationSchema).min(1, 'leave the field out rather than empty').optional(),
  // Required, possibly empty: an entry without published usage says so rather than leaving it unknown.
  attestations: z.array(attestationSchema),
  variants: z.array(text),
  category: z.enum(GLOSSARY_CATEGORIES),
  note: text.optional(),
});

function describe(json: unknown, index: number): string {
  const entry = Array.isArray(json) ? (json[index] as unknown) : undefined;
  const term = entry && typeof entry === 'object' && 'term' in entry ? (entry as { term: unknown }).term : undefined;
  return typeof term === 'string' ? `entry ${index} ("${term}")` : `entry ${index}`;
}

/** Reads and validates a glossary file: a JSON array of entries, each term once. */
export function loadGlossaryFrom(file: string): GlossaryEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GlossaryError(file, code === 'ENOENT' ? 'file not found' : `is not valid JSON (${(error as Error).message})`);
  }
  const result = z.array(entrySchema).min(1, 'holds no entries').safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const [index, ...field] = issue?.path ?? [];
    const where = typeof index === 'number' ? `${describe(json, index)}${field.length > 0 ? `, field "${field.join('.')}"` : ''}: ` : '';
    throw new GlossaryError(file, `${where}${issue?.message ?? 'invalid'}`);
  }
  const seen = new Map<string, number>();
  result.data.forEach((entry, index) => {
    const first = seen.get(entry.term);
    if (first !== undefined) throw new GlossaryError(file, `entry ${index} ("${entry.term}"), field "term": repeats entry ${first}`);
    seen.set(entry.term, index);
  });
  return result.data;
}
