/**
 * Build step: validates every corpus document and the glossary before anything is built,
 * so a broken file stops the build with one line naming it rather than a stack trace.
 */
import { CorpusError, getCorpus } from '../lib/corpus';
import { getGlossary, GlossaryError } from '../lib/glossary';

try {
  const documents = getCorpus();
  const entries = getGlossary();
  const bilingual = documents.filter((d) => d.kind === 'bilingual').length;
  console.log(`corpus: ${documents.length} documents (${bilingual} bilingual), glossary: ${entries.length} entries — valid`);
} catch (error) {
  if (error instanceof CorpusError || error instanceof GlossaryError) {
    console.error(`corpus error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
