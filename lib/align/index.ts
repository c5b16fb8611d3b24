export { alignParagraphs, alignWithinGroups, galeChurchBaseline } from './align';
export type { UnitGroup } from './align';
export { extractAnchors, numberHeading, startsWithNumber } from './anchors';
export { formatBeads, parseBeads, scoreBeads } from './beads';
export { parseChineseNumeral, parseEnglishNumber, parseRomanNumeral } from './numbers';
export { CHECK_ALIGNMENT_BELOW, DEFAULT_ALIGN_OPTIONS, BeadFormatError } from './types';
export type { AlignmentScore, AlignOptions, Bead, BeadOrigin, Lexicon } from './types';
