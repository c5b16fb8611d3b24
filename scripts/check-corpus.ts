/**
 * `npm run check`: validates every document of the library and the glossary, so a broken file is named in one
 * line rather than found by the indexer (which shows it on the library page until it is mended).
 */
import { CorpusError, loadCorpus } from '../lib/corpus';
import { getGlossary, GlossaryError } from '../lib/glossary';

try {
  const documents = loadCorpus();
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
