import { z } from 'zod';
import type { Bead } from '../align';
import { TRANSLATION_KINDS, UNKNOWN_TRANSLATION, type SourceUnit, type Translation } from '../corpus';
import { isSlugTaken, isValidSlug, LibraryError, slugify, uniqueSlug, writeDocument, type NewDocument } from '../library';
import { parseBitext } from './bitext';
import { ImportError } from './errors';
import { readParagraphs, type ImportInput } from './text';

export { parseBitext } from './bitext';
export type { Bitext, BitextFormat } from './bitext';
export { ImportError } from './errors';
export type { ImportField } from './errors';
export { decodeText, isDocx, readInputFile, readParagraphs } from './text';
export type { ImportInput } from './text';

/** What to import: one or both texts, or one bilingual file, and the metadata. */
export interface ImportRequest {
  zh?: ImportInput | undefined;
  en?: ImportInput | undefined;
  /** A TMX or XLIFF file; its units become the paragraphs and the alignment. Not with zh/en. */
  bitext?: ImportInput | undefined;
  /** English title; the slug is made from it unless `slug` is given. */
  title: string;
  titleZh?: string | undefined;
  /** Default: from the title, numbered (-2, -3 …) if taken; with `replace`, the title's slug as is. */
  slug?: string | undefined;
  /** YYYY-MM-DD, a real date. Default: today (UTC). */
  date?: string | undefined;
  author?: string | undefined;
  authorZh?: string | undefined;
  /** Default: DEFAULT_PUBLICATION. */
  publication?: string | undefined;
  /** Where the text comes from. Default: "Imported from" and the input names. */
  source?: string | undefined;
  /** Who made the English: a person, body or site. Default: "not stated". */
  translationBy?: string | undefined;
  /** What kind of translation the English is (lib/corpus TRANSLATION_KINDS). Default: unknown. */
  translationKind?: string | undefined;
  /** Why it is judged so, e.g. what the source page shows. */
  translationNote?: string | undefined;
  /** Replace a document of the same slug instead of refusing. Default false. */
  replace?: boolean | undefined;
}

export const DEFAULT_PUBLICATION = 'Imported text';

/** An import checked and parsed, not yet written: the web preview aligns `document.zh`/`en` from here. */
export interface PreparedImport {
  document: NewDocument;
  replace: boolean;
  /** What the input was read as otherwise than it says, one line each naming the file (a bilingual file's; see Bitext). */
  warnings: string[];
}

/** An import written to the library. */
export interface ImportResult {
  slug: string;
  warnings: string[];
}

const isoDate = z.iso.date();

/** Today's date in UTC as YYYY-MM-DD. */
const today = () => new Date().toISOString().slice(0, 10);

/** An optional text field: trimmed, empty meaning absent. */
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function chooseSlug(request: ImportRequest): string {
  const given = optional(request.slug);
  if (given === undefined) {
    const base = slugify(request.title);
    return request.replace ? base : uniqueSlug(base, isSlugTaken);
  }
  if (!isValidSlug(given))
    throw new ImportError('slug', `"${given}" must be lower-case ASCII letters and digits in words joined by hyphens`);
  if (!request.replace && isSlugTaken(given))
    throw new ImportError('slug', `"${given}" is already taken (replace it, or choose another slug)`);
  return given;
}

function translationOf(request: ImportRequest): Translation {
  const kind = optional(request.translationKind) ?? UNKNOWN_TRANSLATION.kind;
  const known = TRANSLATION_KINDS.find((k) => k === kind);
  if (!known)
    throw new ImportError('translationKind', `"${kind}" is not a kind of translation: expected one of ${TRANSLATION_KINDS.join(', ')}`);
  const note = optional(request.translationNote);
  return { by: optional(request.translationBy) ?? UNKNOWN_TRANSLATION.by, kind: known, ...(note ? { note } : {}) };
}

interface Texts {
  zh: string[] | null;
  en: string[] | null;
  alignment?: Bead[];
  units?: SourceUnit[];
  warnings: string[];
}

async function texts(request: ImportRequest): Promise<Texts> {
  if (request.bitext) {
    if (request.zh || request.en) throw new ImportError('bitext', 'give either a bilingual file or the texts, not both');
    const bitext = parseBitext(request.bitext);
    const bilingual = bitext.zh.length > 0 && bitext.en.length > 0;
    return {
      zh: bitext.zh.length > 0 ? bitext.zh : null,
      en: bitext.en.length > 0 ? bitext.en : null,
      ...(bilingual ? { alignment: bitext.beads } : {}),
      units: bitext.units,
      warnings: bitext.warnings,
    };
  }
  if (!request.zh && !request.en)
    throw new ImportError('en', 'no text given: a Chinese text, an English text or a bilingual file is needed');
  const [zh, en] = await Promise.all([
    request.zh ? readParagraphs(request.zh, 'zh') : null,
    request.en ? readParagraphs(request.en, 'en') : null,
  ]);
  return { zh, en, warnings: [] };
}

/** Checks and parses an import without writing anything; bad input throws an ImportError naming the file or field. */
export async function prepareImport(request: ImportRequest): Promise<PreparedImport> {
  const title = optional(request.title);
  if (title === undefined) throw new ImportError('title', 'an English title is needed');
  const date = optional(request.date) ?? today();
  if (!isoDate.safeParse(date).success) throw new ImportError('date', `"${date}" is not a real date in the form YYYY-MM-DD`);
  const translation = translationOf(request);
  const { zh, en, alignment, units, warnings } = await texts(request);
  const names = [request.bitext, request.zh, request.en].flatMap((input) => (input ? [input.name] : []));
  const document: NewDocument = {
    meta: {
      slug: chooseSlug({ ...request, title }),
      title: { en: title, zh: optional(request.titleZh) },
      author: { en: optional(request.author), zh: optional(request.authorZh) },
      publication: optional(request.publication) ?? DEFAULT_PUBLICATION,
      date,
      source: optional(request.source) ?? `Imported from ${names.join(' and ')}`,
      translation,
    },
    zh,
    en,
    alignment,
    units,
  };
  return { document, replace: request.replace ?? false, warnings };
}

/**
 * Imports a document into the writable library (atomically: see writeDocument) and returns its slug
 * and what was read otherwise than the input says. Nothing is written on any error.
 */
export async function importDocument(request: ImportRequest): Promise<ImportResult> {
  const { document, replace, warnings } = await prepareImport(request);
  try {
    writeDocument(document, { replace });
  } catch (error) {
    if (error instanceof LibraryError && error.reason === 'slug-taken') throw new ImportError('slug', error.message);
    throw error;
  }
  return { slug: document.meta.slug, warnings };
}
