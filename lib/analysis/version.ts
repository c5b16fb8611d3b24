/**
 * The version of what a document's rows are derived with (the aligners, the segmenter, the term analysis), stored
 * with each document. Bumped whenever a change gives a folder other rows: the indexer then re-analyses every
 * document analysed by another version, in the background, and pages serve the old rows until each is replaced.
 * Kept in a module of its own so that reading it loads no segmenter or dictionary.
 */
export const ANALYSIS_VERSION = '2026-12-04.2';
