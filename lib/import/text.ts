import { readFileSync, statSync } from 'node:fs';
import mammoth from 'mammoth';
import { splitParagraphs } from '../corpus';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from '../library';
import { ImportError, type ImportField } from './errors';

/** An input as a file's bytes (CLI, upload) or as text (pasted into the web form); `name` is what errors call it. */
export type ImportInput = { name: string; bytes: Uint8Array } | { name: string; text: string };

const MEGABYTE = 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const utf8 = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number) => `${(bytes / MEGABYTE).toFixed(1)} MB`;

/** Reads a file given on the command line, naming it when it is missing, a folder, unreadable or too large. */
export function readInputFile(file: string, field: ImportField): ImportInput {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new ImportError(field, 'is a folder, not a file', file);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(field, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`, file);
  }
  if (size > MAX_FILE_BYTES)
    throw new ImportError(field, `is ${megabytes(size)}, over the ${megabytes(MAX_FILE_BYTES)} limit for a file`, file);
  try {
    return { name: file, bytes: readFileSync(file) };
  } catch (error) {
    throw new ImportError(field, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, file);
  }
}

/** Whether the input is a .docx: by its name, or by the zip signature every .docx starts with. */
export function isDocx(input: ImportInput): boolean {
  if (input.name.toLowerCase().endsWith('.docx')) return true;
  return 'bytes' in input && ZIP_MAGIC.every((byte, i) => input.bytes[i] === byte);
}

function checkTextSize(text: string, input: ImportInput, field: ImportField): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES)
    throw new ImportError(field, `holds ${megabytes(bytes)} of text, over the ${megabytes(MAX_TEXT_BYTES)} limit`, input.name);
}

/**
 * The input as text: UTF-8 only, refusing a binary file (one with a NUL byte, which no text has) and
 * text over MAX_TEXT_BYTES. A byte-order mark and CRLF stay for splitParagraphs, which accepts them.
 */
export function decodeText(input: ImportInput, field: ImportField): string {
  let text: string;
  if ('text' in input) {
    text = input.text;
  } else {
    if (input.bytes.length > MAX_FILE_BYTES)
      throw new ImportError(
        field,
        `is ${megabytes(input.bytes.length)}, over the ${megabytes(MAX_FILE_BYTES)} limit for a file`,
        input.name,
      );
    // Windows' "Unicode" is UTF-16, whose NUL bytes would otherwise call it binary.
    const [first, second] = input.bytes;
    if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
      throw new ImportError(field, 'is UTF-16 text; save it as UTF-8', input.name);
    }
    const nul = input.bytes.indexOf(0);
    if (nul !== -1) throw new ImportError(field, `is a binary file, not text (NUL byte at offset ${nul})`, input.name);
    try {
      text = utf8.decode(input.bytes);
    } catch {
      throw new ImportError(field, 'is not valid UTF-8 text (save it as UTF-8)', input.name);
    }
  }
  checkTextSize(text, input, field);
  return text;
}

/** The paragraphs of a .docx, through mammoth: each Word paragraph is one, empty ones dropped. */
async function docxParagraphs(input: ImportInput, field: ImportField): Promise<string[]> {
  if (!('bytes' in input)) throw new ImportError(field, 'a .docx must be given as a file', input.name);
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(input.bytes) })).value;
  } catch (error) {
    throw new ImportError(field, `is not a readable .docx (${(error as Error).message.split('\n')[0]})`, input.name);
  }
  checkTextSize(text, input, field);
  return splitParagraphs(text);
}

/** The paragraphs of a one-language input, a UTF-8 text or a .docx; an input without text is refused. */
export async function readParagraphs(input: ImportInput, field: ImportField): Promise<string[]> {
  const paragraphs = isDocx(input) ? await docxParagraphs(input, field) : splitParagraphs(decodeText(input, field));
  if (paragraphs.length === 0) throw new ImportError(field, 'holds no text', input.name);
  return paragraphs;
}
