/** Why the library refused a write; 'busy': another process holds its lock (see withLibraryLock). */
export type LibraryProblem = 'slug-taken' | 'not-found' | 'read-only' | 'not-bilingual' | 'busy';

/** A write the library refuses; the message names the slug or folder and the problem. */
export class LibraryError extends Error {
  readonly reason: LibraryProblem;

  constructor(reason: LibraryProblem, message: string) {
    super(message);
    this.name = 'LibraryError';
    this.reason = reason;
  }
}

/** A save made from a version of the document that is no longer the one on disk (HTTP 409). */
export class StaleVersionError extends Error {
  readonly slug: string;
  readonly expected: string;
  readonly actual: string;

  constructor(slug: string, expected: string, actual: string) {
    super(`${slug}: the document changed since it was opened (version ${expected}, now ${actual}); reload it and redo the change`);
    this.name = 'StaleVersionError';
    this.slug = slug;
    this.expected = expected;
    this.actual = actual;
  }
}
