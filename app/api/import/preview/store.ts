import { randomUUID } from 'node:crypto';

/** Previews whose look-up cards can still be fetched: the latest few, enough for a few open tabs. */
const KEPT_PREVIEWS = 16;
/** On globalThis: the preview route and the look-up route are bundled separately, each with its own copy of this module. */
const STORE = Symbol.for('qiushi-parallel.import.previews');
const shared = globalThis as { [STORE]?: Map<string, readonly string[]> };
const previews = (shared[STORE] ??= new Map());

/** Keeps a preview's Chinese paragraphs for its look-up cards; returns its id. */
export function keepPreview(zh: readonly string[]): string {
  const id = randomUUID();
  previews.set(id, zh);
  for (const oldest of previews.keys()) {
    if (previews.size <= KEPT_PREVIEWS) break;
    previews.delete(oldest);
  }
  return id;
}

export function previewParagraphs(id: string): readonly string[] | undefined {
  return previews.get(id);
}
