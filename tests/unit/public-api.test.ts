import { describe, expect, it } from 'vitest';

/**
 * The names each lib/ module exports from its index, pinned: a change to a module's public API is
 * a decision to make in review, not a side effect. (lib/align pins its own in align.test.ts.)
 */
const API: Record<string, string[]> = {
  corpus: [
    'CORPUS_DIR',
    'CorpusError',
    'getCorpus',
    'getDocument',
    'loadCorpusFrom',
    'loadDocument',
    'readMeta',
    'readTextFile',
    'splitParagraphs',
  ],
  dict: ['CEDICT_DATA_FILE', 'MAX_SENSES', 'buildLexicon', 'lookupWord', 'sensePhrases', 'toneMarks'],
  english: ['ARTICLES', 'STOP_WORDS', 'englishWords', 'normalizeEnglish', 'stemEnglish'],
  export: ['GLOSSARY_CSV_HEADER', 'NOTES_CSV_HEADER', 'glossaryCsv', 'notesCsv', 'toCsv', 'toTbx', 'toTmx'],
  glossary: ['GLOSSARY_CATEGORIES', 'GLOSSARY_FILE', 'GlossaryError', 'findGlossaryEntry', 'getGlossary', 'loadGlossaryFrom'],
  script: ['DEFAULT_SCRIPT', 'SCRIPTS', 'convertText', 'convertWord', 'parseScript', 'zhLangTag'],
  search: [
    'DEFAULT_SEARCH_OPTIONS',
    'SEARCH_INDEX_FILE',
    'SEARCH_INDEX_FORMAT',
    'buildSearchIndex',
    'detectQueryKind',
    'groupHitsByDocument',
    'loadSearchIndex',
    'readSearchIndex',
    'searchBeads',
    'serializeSearchIndex',
    'writeSearchIndex',
  ],
  segment: [
    'DEFAULT_CACHE_DIR',
    'GLOSSARY_FREQUENCY_PER_CHARACTER',
    'SEGMENT_DICT_FILE',
    'checkTermIntegrity',
    'createSegmenter',
    'paragraphWords',
    'placedTokens',
    'segmentParagraph',
    'segmentParagraphs',
  ],
  terms: [
    'englishOnlyEvidence',
    'findOccurrences',
    'getAlignedDocuments',
    'getCorpusOccurrences',
    'normalizeRendering',
    'notesFor',
    'renderingsOf',
    'suggestVariants',
  ],
};

describe('public API', () => {
  it.each(Object.entries(API))('lib/%s exports these names', async (module, names) => {
    const api = (await import(`../../lib/${module}/index.ts`)) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(names);
  });
});
