/** Largest text a document side may hold, in UTF-8 bytes ("2 MB"): far above any essay, far below what slows the aligner to minutes. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Largest input file read at all: a .docx carries packaging (and sometimes images) beside its text. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Largest request body the web layer should accept for an import or a save: two files at MAX_FILE_BYTES plus form fields. */
export const MAX_REQUEST_BODY_BYTES = 2 * MAX_FILE_BYTES + 1024 * 1024;
