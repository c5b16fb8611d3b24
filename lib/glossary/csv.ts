import { GlossaryError, type FilePosition } from './types';

/** A field of a CSV record and where it starts. */
export interface CsvField {
  value: string;
  position: FilePosition;
}

/**
 * Reads CSV (RFC 4180): fields separated by commas, records by CRLF or LF, a field in double quotes may
 * hold commas, line breaks and doubled quotes. Blank lines are skipped. Positions count characters (code
 * points), 1-based, so an error points where an editor shows it. Throws a GlossaryError at the first problem.
 */
export function readCsvRecords(text: string, file: string): CsvField[][] {
  const chars = [...text.replace(/^\uFEFF/u, '')];
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const advance = () => {
    if (chars[i] === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
    i += 1;
  };
  const endRecord = () => {
    // A blank line is one empty field: skipped rather than read as a record.
    if (!(record.length === 1 && record[0]?.value === '')) records.push(record);
    record = [];
  };
  while (i <= chars.length) {
    const start = { line, column };
    let value = '';
    if (chars[i] === '"') {
      advance();
      for (;;) {
        const c = chars[i];
        if (c === undefined) throw new GlossaryError(file, 'quoted field never closed', start);
        if (c === '"' && chars[i + 1] === '"') {
          value += '"';
          advance();
          advance();
        } else if (c === '"') {
          advance();
          break;
        } else {
          value += c;
          advance();
        }
      }
      const after = chars[i];
      if (after !== undefined && after !== ',' && after !== '\n' && !(after === '\r' && chars[i + 1] === '\n')) {
        throw new GlossaryError(file, `expected a comma or the end of the line after a closing quote, found "${after}"`, { line, column });
      }
    } else {
      for (let c = chars[i]; c !== undefined && c !== ',' && c !== '\n' && !(c === '\r' && chars[i + 1] === '\n'); c = chars[i]) {
        if (c === '"')
          throw new GlossaryError(file, 'a quote inside an unquoted field (quote the whole field and double the quote)', { line, column });
        value += c;
        advance();
      }
    }
    record.push({ value, position: start });
    const c = chars[i];
    if (c === ',') {
      advance();
      continue;
    }
    if (c === '\r') advance();
    endRecord();
    if (c === undefined) break;
    advance();
  }
  return records;
}
