import type { RowOrigin } from '@/lib/reader/types';

/**
 * Who aligned a row, where it is not the aligner: "✓ checked" for a person, "given by the file" for the
 * bilingual file the document was imported from — a different claim, so it reads differently.
 */
export function OriginMarker({ origin }: { origin: RowOrigin | undefined }) {
  if (origin === 'person') {
    return (
      <span className="alignment-marker" data-checked-marker="" title="A person checked this row's alignment">
        <span aria-hidden="true">✓</span> checked
      </span>
    );
  }
  if (origin === 'file') {
    return (
      <span
        className="alignment-marker"
        data-given-marker=""
        title="This row's alignment was given by the bilingual file the document was imported from; no one has checked it here"
      >
        given by the file
      </span>
    );
  }
  return null;
}
