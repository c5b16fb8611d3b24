import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALIGNMENT_FILE, parseAlignment } from './alignment';
import { splitParagraphs } from './paragraphs';
import { parseUnits, UNITS_FILE } from './units';
import { MAX_SLUG_LENGTH, SLUG, listDocumentFolders } from './version';
import { CorpusError, TRANSLATION_KINDS, UNKNOWN_TRANSLATION, type CorpusDocument, type DocumentKind, type DocumentMeta, type Lang } from './types';

const metaSchema = z.strictObject({
  slug: z.string().max(MAX_SLUG_LENGTH).regex(SLUG, 'must be lower-case words joined by hyphens'),
  title: z.strictObject({ zh: z.string().min(1).optional(), en: z.string().min(1) }),
  author: z.strictObject({ zh: z.string().min(1).optional(), en: z.string().min(1).optional() }),
  publication: z.string().min(1),
  date: z.iso.date(),
  source: z.string().min(1),
  languages: z
    .array(z.enum(['zh', 'en']))
    .min(1)
    .refine((langs) => new Set(langs).size === langs.length, 'must not repeat a language'),
  translation: z
    .strictObject({
      by: z.string().refine((by) => by.trim() !== '', 'must name who made the translation, or say "not stated"'),
      kind: z.enum(TRANSLATION_KINDS, { error: `must be one of ${TRANSLATION_KINDS.join(', ')}` }),
      note: z.string().min(1).optional(),
    })
    .default(UNKNOWN_TRANSLATION),
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 file, failing with the file named when it is missing or not UTF-8. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new CorpusError(file, 'is not valid UTF-8');
  }
}

/** Reads and validates a document's meta.json. */
export function readMeta(file: string): DocumentMeta {
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(file));
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(file, `is not valid JSON (${(error as Error).message})`);
  }
  return validateMeta(json, file);
}

/** Validates the content of a meta.json (read from `file`, or about to be written there). */
export function validateMeta(json: unknown, file: string): DocumentMeta {
  const result = metaSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
    throw new CorpusError(file, issue?.message ?? 'invalid', field ? `field "${field}"` : undefined);
  }
  return result.data;
}

function readParagraphs(file: string): string[] {
  const paragraphs = splitParagraphs(readTextFile(file));
  if (paragraphs.length === 0) throw new CorpusError(file, 'holds no text');
  return paragraphs;
}

function kindOf(languages: readonly Lang[]): DocumentKind {
  if (languages.includes('zh') && languages.includes('en')) return 'bilingual';
  return languages.includes('en') ? 'english-only' : 'chinese-only';
}

/** Loads one document folder: meta.json plus zh.txt and/or en.txt as its languages say, and alignment.tsv and units.tsv when present. */
export function loadDocument(dir: string): CorpusDocument {
  const metaFile = path.join(dir, 'meta.json');
  const meta = readMeta(metaFile);
  const folder = path.basename(dir);
  if (meta.slug !== folder) {
    throw new CorpusError(metaFile, `slug "${meta.slug}" does not match its folder "${folder}"`, 'field "slug"');
  }
  const text = (lang: Lang) => {
    const file = path.join(dir, `${lang}.txt`);
    if (meta.languages.includes(lang)) return readParagraphs(file);
    if (existsSync(file)) throw new CorpusError(metaFile, `${lang}.txt exists but "${lang}" is not listed`, 'field "languages"');
    return null;
  };
  const zh = text('zh');
  const en = text('en');
  const unitsFile = path.join(dir, UNITS_FILE);
  const units = existsSync(unitsFile) ? { units: parseUnits(readTextFile(unitsFile), { zh: zh?.length ?? 0, en: en?.length ?? 0 }, unitsFile) } : {};
  const alignmentFile = path.join(dir, ALIGNMENT_FILE);
  if (!existsSync(alignmentFile)) return { meta, kind: kindOf(meta.languages), zh, en, ...units };
  if (!zh || !en) throw new CorpusError(alignmentFile, 'an alignment needs both zh.txt and en.txt');
  const alignment = parseAlignment(readTextFile(alignmentFile), { zh: zh.length, en: en.length }, alignmentFile);
  return { meta, kind: kindOf(meta.languages), zh, en, alignment, ...units };
}

/** Loads every document folder of a corpus directory, ordered by date then slug. */
export function loadCorpusFrom(root: string): CorpusDocument[] {
  return listDocumentFolders(root)
    .map((dir) => loadDocument(dir))
    .sort((a, b) => a.meta.date.localeCompare(b.meta.date) || a.meta.slug.localeCompare(b.meta.slug));
}
