/** Fields that must be quoted (RFC 4180): those holding a quote, comma, CR or LF. */
const NEEDS_QUOTES = /[",\r\n]/;
/** RFC 4180 line break. */
export const CSV_LINE_BREAK = '\r\n';

function field(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV row, without its line break. */
export function toCsvRow(row: ReadonlyArray<string | number>): string {
  return row.map(field).join(',');
}

/** A CSV document (RFC 4180): a header row, then one row per record, CRLF after every row. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((row) => toCsvRow(row) + CSV_LINE_BREAK).join('');
}
