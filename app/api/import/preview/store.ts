import 'server-only';
import { randomUUID } from 'node:crypto';
import type { PageMarkup } from '@/lib/reader';
import type { Script } from '@/lib/script';

/** What a preview's pop-up fetches later: its Chinese paragraphs with their words and script (for the cards) and its markup. */
export interface KeptPreview {
  paragraphs: ReadonlyArray<{ text: string; words: string }>;
  script: Script;
  markup: PageMarkup;
}

/** Previews whose look-up data can still be fetched: the latest few, enough for a few open tabs. */
const KEPT_PREVIEWS = 16;
/** On globalThis: the preview route and the look-up route are bundled separately, each with its own copy of this module. */
const STORE = Symbol.for('qiushi-parallel.import.previews');
const shared = globalThis as { [STORE]?: Map<string, KeptPreview> };
const previews = (shared[STORE] ??= new Map());

/** Keeps a preview for its pop-up; returns the id its data is fetched under. */
export function keepPreview(preview: KeptPreview): string {
  const id = randomUUID();
  previews.set(id, preview);
  for (const oldest of previews.keys()) {
    if (previews.size <= KEPT_PREVIEWS) break;
    previews.delete(oldest);
  }
  return id;
}

export function keptPreview(id: string): KeptPreview | undefined {
  return previews.get(id);
}
