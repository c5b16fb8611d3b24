/** What an import is made of; the web form and the CLI show an error beside (or as) the field it names. */
export type ImportField =
  | 'zh'
  | 'en'
  | 'bitext'
  | 'title'
  | 'titleZh'
  | 'slug'
  | 'date'
  | 'author'
  | 'authorZh'
  | 'publication'
  | 'source'
  | 'translationBy'
  | 'translationKind'
  | 'translationNote';

/** Bad import input: the one-line message names the file (or the field) and the problem. */
export class ImportError extends Error {
  readonly field: ImportField;
  readonly problem: string;
  readonly file: string | undefined;

  constructor(field: ImportField, problem: string, file?: string) {
    super(`${file ?? `field "${field}"`}: ${problem}`);
    this.name = 'ImportError';
    this.field = field;
    this.problem = problem;
    this.file = file;
  }
}
