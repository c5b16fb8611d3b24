/** Words a reader saves from the pop-up, kept in localStorage. Pure functions: safe in the browser. */

export interface SavedWord {
  /** The word as the page showed it (in the page's script). */
  word: string;
  pinyin: string;
  /** The glossary's recommended rendering, else the first dictionary sense; '' when neither. */
  gloss: string;
  /** The sentence the word was saved from (its paragraph when sentences are not aligned), and its English partner. */
  zh: string;
  en: string;
  /** Back to the bead: /read/<slug>#b<n>. */
  href: string;
  /** ISO date and time of saving. */
  saved: string;
}

export const WORDS_KEY = 'qp-words';
const FIELDS = ['word', 'pinyin', 'gloss', 'zh', 'en', 'href', 'saved'] as const;

const isSavedWord = (value: unknown): value is SavedWord =>
  typeof value === 'object' && value !== null && FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string');

/** Reads the stored list; anything malformed (an old format, a hand edit) is dropped rather than trusted. */
export function parseWords(stored: string | null): SavedWord[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isSavedWord) : [];
  } catch {
    return [];
  }
}

/** The same word from the same sentence is one entry: saving it again moves it to the top. */
const sameEntry = (a: SavedWord, b: SavedWord) => a.word === b.word && a.zh === b.zh;

/** The list with `word` first, newest first. */
export function addWord(list: readonly SavedWord[], word: SavedWord): SavedWord[] {
  return [word, ...list.filter((w) => !sameEntry(w, word))];
}

export function removeWord(list: readonly SavedWord[], word: SavedWord): SavedWord[] {
  return list.filter((w) => !sameEntry(w, word));
}

/** A field of a tab-separated line: tabs and line breaks would split it, so they become spaces. */
const tsvField = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Tab-separated lines Anki imports as notes (File › Import): header lines name the separator and the
 * columns, the word is the front, the rest the back; `#html:false` so text is never read as HTML.
 */
export function toAnkiTsv(list: readonly SavedWord[], origin = ''): string {
  const header = ['#separator:tab', '#html:false', '#columns:Word\tPinyin\tGloss\tSentence\tTranslation\tSource'];
  const lines = list.map((w) => [w.word, w.pinyin, w.gloss, w.zh, w.en, origin + w.href].map(tsvField).join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}

/** Fields that must be quoted (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;
const csvField = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The list as CSV (RFC 4180, CRLF), one row per word with a header. */
export function toWordsCsv(list: readonly SavedWord[], origin = ''): string {
  const rows = [
    ['word', 'pinyin', 'gloss', 'sentence_zh', 'sentence_en', 'link', 'saved'],
    ...list.map((w) => [w.word, w.pinyin, w.gloss, w.zh, w.en, origin + w.href, w.saved]),
  ];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
