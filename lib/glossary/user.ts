import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pinyin } from 'pinyin-pro';
import { readCsvRecords, type CsvField } from './csv';
import { GLOSSARY_CATEGORIES, GlossaryError, type FilePosition, type GlossaryCategory, type GlossaryEntry } from './types';

/** Which glossary notes follow: the project's, the user's, or the user's over the project's. */
export type GlossarySource = 'project' | 'user' | 'both';

export const GLOSSARY_SOURCES: readonly GlossarySource[] = ['project', 'user', 'both'];

/** Columns of a user glossary in CSV, in order; `note` may be left out. */
export const USER_CSV_HEADER = ['zh', 'recommended', 'variants', 'note'] as const;
const REQUIRED_COLUMNS = 3;
/** Separates variants inside the variants field. */
const VARIANT_SEPARATOR = '|';
const HAN_TERM = /^\p{Script=Han}+$/u;
const TBX_PREFERRED = 'preferredTerm-admn-sts';
const PINYIN_NOTE = /^pinyin:\s*(.+)$/u;
const BASIS_NOTE = /^basis:\s*(.+)$/u;

/** The basis of a user entry: the user's own choice, named by the file it came from. */
const userBasis = (file: string) => `user glossary (${path.basename(file)})`;

/** Pinyin for a user's term: the project's where the term is known, else pinyin-pro's reading. */
function pinyinOf(term: string, project: ReadonlyMap<string, GlossaryEntry>): string {
  return project.get(term)?.pinyin ?? pinyin(term, { toneType: 'symbol' });
}

function checkTerm(file: string, term: string, position: FilePosition, seen: Map<string, number>): void {
  if (!HAN_TERM.test(term)) throw new GlossaryError(file, `field "zh": "${term}" must be Chinese characters only`, position);
  const first = seen.get(term);
  if (first !== undefined) throw new GlossaryError(file, `field "zh": ${term} repeats line ${first}`, position);
  seen.set(term, position.line);
}

/**
 * Reads a user glossary in CSV: a header `zh,recommended,variants[,note]`, then one term per record,
 * variants separated by "|" (the field may be empty). Throws a GlossaryError naming line and column.
 */
export function parseGlossaryCsv(text: string, file: string, project: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  const [header, ...records] = readCsvRecords(text, file);
  if (!header) throw new GlossaryError(file, `empty file: expected the header ${USER_CSV_HEADER.join(',')}`, { line: 1, column: 1 });
  USER_CSV_HEADER.forEach((name, i) => {
    const field = header[i];
    if (field === undefined && i >= REQUIRED_COLUMNS) return;
    if (field?.value.trim().toLowerCase() !== name) {
      const last = header.at(-1);
      const at =
        field?.position ??
        (last ? { line: last.position.line, column: last.position.column + [...last.value].length } : { line: 1, column: 1 });
      throw new GlossaryError(
        file,
        `header: expected column ${i + 1} to be "${name}", found ${field ? `"${field.value}"` : 'nothing'}`,
        at,
      );
    }
  });
  const extra = header[USER_CSV_HEADER.length];
  if (extra) throw new GlossaryError(file, `header: unexpected column "${extra.value}"`, extra.position);
  if (records.length === 0) throw new GlossaryError(file, 'holds no terms after the header', { line: 2, column: 1 });
  const columns = header.length;
  const byTerm = new Map(project.map((e) => [e.term, e]));
  const seen = new Map<string, number>();
  return records.map((fields) => {
    const [zh, recommended, variants, note] = fields as [CsvField, ...Array<CsvField | undefined>];
    if (fields.length !== columns) {
      const at = fields[columns]?.position ?? {
        ...zh.position,
        column: (fields.at(-1)?.position.column ?? 1) + [...(fields.at(-1)?.value ?? '')].length,
      };
      throw new GlossaryError(file, `expected ${columns} fields as in the header, found ${fields.length}`, at);
    }
    const term = zh.value.trim();
    checkTerm(file, term, zh.position, seen);
    const rendering = recommended?.value.trim() ?? '';
    if (rendering === '') throw new GlossaryError(file, 'field "recommended": empty', recommended?.position ?? zh.position);
    const list = variants && variants.value.trim() !== '' ? variants.value.split(VARIANT_SEPARATOR).map((v) => v.trim()) : [];
    if (list.includes(''))
      throw new GlossaryError(
        file,
        `field "variants": an empty variant (two "${VARIANT_SEPARATOR}" in a row or one at an end)`,
        variants!.position,
      );
    const known = byTerm.get(term);
    return {
      term,
      pinyin: pinyinOf(term, byTerm),
      recommended: rendering,
      basis: userBasis(file),
      variants: list,
      category: known?.category ?? 'other',
      note: note?.value.trim() || undefined,
    };
  });
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['termEntry', 'langSet', 'tig', 'note', 'descrip', 'termNote'].includes(name),
  parseTagValue: false,
  trimValues: true,
});

const textOf = (node: unknown): string =>
  (typeof node === 'string' ? node : node && typeof node === 'object' && '#text' in node ? String((node as XmlNode)['#text']) : '').trim();
const nodes = (node: unknown, name: string): XmlNode[] =>
  node && typeof node === 'object' ? (((node as XmlNode)[name] as XmlNode[] | undefined) ?? []) : [];

/** Line and column of an offset in the text. */
function positionAt(text: string, offset: number): FilePosition {
  return positionsAt(text, [offset])[0] ?? { line: 1, column: 1 };
}

/**
 * Line and column of each of `offsets` (ascending), in one pass over the text: counting from the start for
 * each termEntry took quadratic time (8,000 entries, 15 s).
 */
function positionsAt(text: string, offsets: readonly number[]): FilePosition[] {
  let line = 1;
  let column = 1;
  let cursor = 0;
  return offsets.map((offset) => {
    for (; cursor < offset; cursor++) {
      const unit = text.charCodeAt(cursor);
      if (unit === 0x0a) {
        line += 1;
        column = 1;
      } else if (unit < 0xdc00 || unit > 0xdfff) column += 1;
    }
    return { line, column };
  });
}

/**
 * Reads a user glossary in TBX-Basic as lib/export writes it: per termEntry, the Chinese term (pinyin in
 * a "pinyin: …" note), the English preferred term (administrativeStatus preferredTerm-admn-sts, else the
 * first) and the other English terms as variants; subjectField as category when it is one of ours.
 * Errors name the line and column of the XML fault or of the termEntry at fault.
 */
export function parseGlossaryTbx(text: string, file: string, project: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new GlossaryError(file, `not well-formed XML: ${valid.err.msg}`, { line: valid.err.line, column: valid.err.col });
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch (error) {
    // Well-formed but beyond the parser's limits (elements nested too deep, entities expanding too far).
    throw new GlossaryError(file, `cannot be read as XML (${(error as Error).message})`, { line: 1, column: 1 });
  }
  const body = (((doc.martif as XmlNode | undefined)?.text as XmlNode | undefined)?.body as XmlNode | undefined) ?? undefined;
  if (!doc.martif) throw new GlossaryError(file, 'not TBX: the root element must be martif', { line: 1, column: 1 });
  const entries = nodes(body, 'termEntry');
  if (entries.length === 0)
    throw new GlossaryError(file, 'holds no termEntry in martif/text/body', positionAt(text, Math.max(0, text.indexOf('<martif'))));
  // fast-xml-parser keeps no positions: the n-th "<termEntry" tag in the text is the n-th entry.
  const starts = positionsAt(
    text,
    [...text.matchAll(/<termEntry[\s>]/gu)].map((m) => m.index ?? 0),
  );
  const byTerm = new Map(project.map((e) => [e.term, e]));
  const seen = new Map<string, number>();
  return entries.map((entry, index) => {
    const at = starts[index] ?? { line: 1, column: 1 };
    const langSets = nodes(entry, 'langSet');
    const lang = (prefix: string) =>
      langSets.find((set) =>
        String(set['@xml:lang'] ?? '')
          .toLowerCase()
          .startsWith(prefix),
      );
    const zh = nodes(lang('zh'), 'tig')[0];
    const term = textOf(zh?.term);
    if (!zh || term === '') throw new GlossaryError(file, 'termEntry has no Chinese term (langSet xml:lang="zh", tig, term)', at);
    checkTerm(file, term, at, seen);
    const en = nodes(lang('en'), 'tig').filter((tig) => textOf(tig.term) !== '');
    const preferred =
      en.find((tig) => nodes(tig, 'termNote').some((n) => n['@type'] === 'administrativeStatus' && textOf(n) === TBX_PREFERRED)) ?? en[0];
    if (!preferred) throw new GlossaryError(file, `termEntry of ${term} has no English term (langSet xml:lang="en", tig, term)`, at);
    const notesOf = (node: unknown) => nodes(node, 'note').map(textOf);
    const pinyinNote = notesOf(zh)
      .map((n) => PINYIN_NOTE.exec(n)?.[1])
      .find(Boolean);
    const basisNote = notesOf(preferred)
      .map((n) => BASIS_NOTE.exec(n)?.[1])
      .find(Boolean);
    const subject = textOf(nodes(entry, 'descrip').find((d) => d['@type'] === 'subjectField'));
    const category = (GLOSSARY_CATEGORIES as readonly string[]).includes(subject)
      ? (subject as GlossaryCategory)
      : (byTerm.get(term)?.category ?? 'other');
    return {
      term,
      pinyin: pinyinNote?.trim() ?? pinyinOf(term, byTerm),
      recommended: textOf(preferred.term),
      basis: basisNote ? `${basisNote.trim()} (via ${path.basename(file)})` : userBasis(file),
      variants: en.filter((tig) => tig !== preferred).map((tig) => textOf(tig.term)),
      category,
      note: notesOf(entry)[0] || undefined,
    };
  });
}

/**
 * Loads a user glossary by its extension: .csv, or .tbx / .xml for TBX-Basic. All or nothing: the first
 * problem throws a GlossaryError whose one-line message names the file, line and column.
 */
export function loadUserGlossary(file: string, project: readonly GlossaryEntry[] = []): GlossaryEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GlossaryError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (error as Error).message})`);
  }
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return parseGlossaryCsv(text, file, project);
  if (extension === '.tbx' || extension === '.xml') return parseGlossaryTbx(text, file, project);
  throw new GlossaryError(file, `unknown format "${extension}": expected .csv or .tbx`);
}

/** Merged glossaries by user glossary, so that a selection is the same array each time (results are cached by it). */
const mergedCache = new WeakMap<readonly GlossaryEntry[], WeakMap<readonly GlossaryEntry[], GlossaryEntry[]>>();

/** The project's entries with the user's in their place for the same term, then the user's new terms. */
export function mergeGlossaries(project: readonly GlossaryEntry[], user: readonly GlossaryEntry[]): GlossaryEntry[] {
  let byUser = mergedCache.get(project);
  if (!byUser) mergedCache.set(project, (byUser = new WeakMap()));
  let merged = byUser.get(user);
  if (!merged) {
    const mine = new Map(user.map((e) => [e.term, e]));
    const projectTerms = new Set(project.map((e) => e.term));
    merged = [...project.map((e) => mine.get(e.term) ?? e), ...user.filter((e) => !projectTerms.has(e.term))];
    byUser.set(user, merged);
  }
  return merged;
}
