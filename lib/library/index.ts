export { ADMIN_TOKEN_VARIABLE, isLoopback, isWriteAllowed } from './guard';
export { MAX_FILE_BYTES, MAX_REQUEST_BODY_BYTES, MAX_TEXT_BYTES } from './limits';
export type { WriteDecision, WriteRequest } from './guard';
export { isValidSlug, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './slug';
export {
  isSlugTaken,
  libraryDir,
  LibraryError,
  normalizeParagraph,
  removeAlignment,
  saveAlignment,
  StaleVersionError,
  writeDocument,
} from './write';
export type { LibraryProblem, NewDocument, WriteOptions } from './write';
export { BodyTooLargeError, boundToLoopback, readLimitedBody, webWriteDecision } from './web';
