/** Fields that must be quoted (RFC 4180): those holding a quote, comma, CR or LF. */
const NEEDS_QUOTES = /[",\r\n]/;
/** RFC 4180 line break. */
const CRLF = '\r\n';

function field(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document (RFC 4180): a header row, then one row per record, CRLF after every row. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return [header, ...rows].map((row) => row.map(field).join(',') + CRLF).join('');
}
