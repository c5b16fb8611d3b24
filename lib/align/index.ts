export { alignParagraphs, galeChurchBaseline } from './align';
export { extractAnchors, numberHeading, startsWithNumber } from './anchors';
export { formatBeads, parseBeads, scoreBeads } from './beads';
export { parseChineseNumeral, parseEnglishNumber, parseRomanNumeral } from './numbers';
export { DEFAULT_ALIGN_OPTIONS, BeadFormatError } from './types';
export type { AlignmentScore, AlignOptions, Bead, Lexicon } from './types';
