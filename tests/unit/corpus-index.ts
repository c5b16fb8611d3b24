// The project's corpus as the tests see it: loaded from its folders, and indexed once for the whole run by
// global-setup.ts (the index's documents are analyses, as the server shows them).
import { afterAll, inject } from 'vitest';
import { loadCorpus, type CorpusDocument } from '../../lib/corpus';
import { openIndex, type IndexDatabase } from '../../lib/db';
import { getGlossary } from '../../lib/glossary';
import { documentList, indexedDocument, type IndexedDocument } from '../../lib/store';
import { findOccurrences, termNotesOf, type NotesOptions, type NumberNote, type TermNote, type TermOccurrence } from '../../lib/terms';

let documents: CorpusDocument[] | undefined;

/** The corpus's documents, loaded once per test file. */
export function corpusDocuments(): CorpusDocument[] {
  documents ??= loadCorpus();
  return documents;
}

/** One document of the corpus; throws for a slug it lacks, so a test names what it expected. */
export function corpusDocument(slug: string): CorpusDocument {
  const doc = corpusDocuments().find((d) => d.meta.slug === slug);
  if (!doc) throw new Error(`no corpus document "${slug}"`);
  return doc;
}

let opened: Promise<IndexDatabase> | undefined;

/** The shared index of the corpus (read it only: other test files use it at the same time). */
export function corpusIndex(): Promise<IndexDatabase> {
  if (!opened) {
    opened = openIndex({ url: inject('corpusIndexUrl'), file: inject('corpusIndexFile') });
    afterAll(async () => (await opened)?.close());
  }
  return opened;
}

/** One document as the index holds it. */
export async function indexed(slug: string): Promise<IndexedDocument> {
  const doc = await indexedDocument(await corpusIndex(), slug);
  if (!doc) throw new Error(`the index holds no document "${slug}"`);
  return doc;
}

/** Every document as the index holds it, oldest first. */
export async function indexedCorpus(): Promise<IndexedDocument[]> {
  const index = await corpusIndex();
  return Promise.all((await documentList(index)).map(({ slug }) => indexed(slug)));
}

/** Every term occurrence of the corpus, as indexed. */
export async function corpusOccurrences(): Promise<TermOccurrence[]> {
  return (await indexedCorpus()).flatMap((doc) => doc.occurrences);
}

/**
 * A bilingual document's terminology notes under `options` (the index holds those of the project glossary, found
 * with its default options; another glossary or strict comparison finds them again, as lib/reader does).
 */
export async function termNotesFor(slug: string, options: NotesOptions = {}): Promise<TermNote[]> {
  const doc = await indexed(slug);
  const glossary = options.glossary ?? getGlossary();
  const occurrences = options.glossary && doc.zh && doc.en ? findOccurrences(slug, doc.zh, doc.en, doc.beads, glossary) : doc.occurrences;
  return termNotesOf(slug, doc.zh ?? [], occurrences, { ...options, glossary });
}

/** A document's number notes, as indexed. */
export async function numberNotesFor(slug: string): Promise<NumberNote[]> {
  return (await indexed(slug)).notes.filter((note): note is NumberNote => note.kind === 'number-mismatch');
}
