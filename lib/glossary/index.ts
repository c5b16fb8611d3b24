import path from 'node:path';
import { loadGlossaryFrom } from './load';
import type { GlossaryEntry } from './types';
import { mergeGlossaries, type GlossarySource } from './user';

export { loadGlossaryFrom } from './load';
export { GLOSSARY_SOURCES, loadUserGlossary, mergeGlossaries, parseGlossaryCsv, parseGlossaryTbx, USER_CSV_HEADER } from './user';
export type { GlossarySource } from './user';
export { ATTESTATION_KINDS, GLOSSARY_CATEGORIES, GlossaryError } from './types';
export type { Attestation, AttestationKind, FilePosition, GlossaryCategory, GlossaryCitation, GlossaryEntry } from './types';
export { NO_PUBLISHED_USAGE, rankAttestations, recommendationOf } from './recommendation';
export type { Recommendation } from './recommendation';

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

/**
 * The glossary notes follow: 'project' (the default), 'user' (only the user's terms) or 'both' (the
 * user's entries over the project's for the same term, and the user's new terms). Without a user
 * glossary every source is the project's. The same inputs give the same array, so per-glossary caches hold.
 */
export function selectGlossary(source: GlossarySource = 'project', user?: readonly GlossaryEntry[]): readonly GlossaryEntry[] {
  if (!user || source === 'project') return getGlossary();
  return source === 'user' ? user : mergeGlossaries(getGlossary(), user);
}
