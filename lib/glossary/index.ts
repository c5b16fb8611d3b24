import path from 'node:path';
import { loadGlossaryFrom } from './load';
import type { GlossaryEntry } from './types';

export { loadGlossaryFrom } from './load';
export { GLOSSARY_CATEGORIES, GlossaryError, UNSOURCED_BASIS } from './types';
export type { GlossaryCategory, GlossaryCitation, GlossaryEntry } from './types';

/** The project's curated glossary. */
export const GLOSSARY_FILE = path.join(process.cwd(), 'corpus', 'glossary.json');

let cached: { entries: GlossaryEntry[]; byTerm: Map<string, GlossaryEntry> } | undefined;

function glossary() {
  if (!cached) {
    const entries = loadGlossaryFrom(GLOSSARY_FILE);
    cached = { entries, byTerm: new Map(entries.map((entry) => [entry.term, entry])) };
  }
  return cached;
}

/** The project's glossary, loaded once per process. */
export function getGlossary(): GlossaryEntry[] {
  return glossary().entries;
}

export function findGlossaryEntry(term: string): GlossaryEntry | undefined {
  return glossary().byTerm.get(term);
}
