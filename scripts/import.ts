/**
 * Imports a text pair (or one text, or a TMX/XLIFF file) into the writable library; prints the new document's slug,
 * and on stderr one `warning:` line for each thing read otherwise than the input says.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusError, loadDocument } from '../lib/corpus';
import { ImportError, importDocument, readInputFile, type ImportField, type ImportRequest } from '../lib/import';
import { libraryDir, LibraryError } from '../lib/library';

const USAGE =
  'npm run --silent import -- (--zh ZH --en EN | --bitext FILE) --title "English title" ' +
  '[--title-zh …] [--slug …] [--date YYYY-MM-DD] [--author …] [--author-zh …] [--publication …] [--source URL] ' +
  '[--translation-kind official|publisher|professional|machine|unknown] [--translation-by …] [--translation-note …] [--replace]';
const EXIT_BAD_INPUT = 2;

const OPTIONS = {
  zh: { type: 'string' },
  en: { type: 'string' },
  bitext: { type: 'string' },
  title: { type: 'string' },
  'title-zh': { type: 'string' },
  slug: { type: 'string' },
  date: { type: 'string' },
  author: { type: 'string' },
  'author-zh': { type: 'string' },
  publication: { type: 'string' },
  source: { type: 'string' },
  'translation-by': { type: 'string' },
  'translation-kind': { type: 'string' },
  'translation-note': { type: 'string' },
  replace: { type: 'boolean' },
} as const;

/** The flag that sets each field, so a field error reads as the command line was typed. */
const FLAGS: Readonly<Record<ImportField, string>> = {
  zh: '--zh',
  en: '--en',
  bitext: '--bitext',
  title: '--title',
  titleZh: '--title-zh',
  slug: '--slug',
  date: '--date',
  author: '--author',
  authorZh: '--author-zh',
  publication: '--publication',
  source: '--source',
  translationBy: '--translation-by',
  translationKind: '--translation-kind',
  translationNote: '--translation-note',
};

async function main(args: string[]): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>>['values'];
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true }));
  } catch (error) {
    // parseArgs' message for an unknown option or a missing value is one line; its trailing advice is dropped.
    process.stderr.write(`import: ${(error as Error).message.split('\n')[0]} (usage: ${USAGE})\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const request: ImportRequest = {
      zh: values.zh === undefined ? undefined : readInputFile(values.zh, 'zh'),
      en: values.en === undefined ? undefined : readInputFile(values.en, 'en'),
      bitext: values.bitext === undefined ? undefined : readInputFile(values.bitext, 'bitext'),
      title: values.title ?? '',
      titleZh: values['title-zh'],
      slug: values.slug,
      date: values.date,
      author: values.author,
      authorZh: values['author-zh'],
      publication: values.publication,
      source: values.source,
      translationBy: values['translation-by'],
      translationKind: values['translation-kind'],
      translationNote: values['translation-note'],
      replace: values.replace,
    };
    const { slug, warnings } = await importDocument(request);
    // Read back as the indexer will: a document that cannot be read fails here, not in the server's index.
    loadDocument(path.join(libraryDir(), slug));
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`${slug}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      process.stderr.write(`${error.file ?? FLAGS[error.field]}: ${error.problem}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof CorpusError || error instanceof LibraryError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
