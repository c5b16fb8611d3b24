'use client';

/** Prints the checklist as a report: the print style leaves the filters and forms out. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="underline underline-offset-2">
      Print the report
    </button>
  );
}
