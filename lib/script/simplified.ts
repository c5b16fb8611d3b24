import { Converter as fromSimplified } from 'opencc-js/cn2t';
import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';

/** Which characters a Chinese text is written in, by OpenCC round trip (see chineseScriptOf). */
export type ChineseScript = 'hans' | 'hant' | 'mixed' | 'either';

/** The Traditional standards OpenCC converts from: Taiwan's, Hong Kong's, or OpenCC's own. */
export type TraditionalStandard = 'tw' | 'hk' | 't';

let simplifiedToTraditional: ((text: string) => string) | undefined;
const traditionalToSimplified = new Map<TraditionalStandard, (text: string) => string>();

/** Characters of `text` that `convert` changes, position by position (OpenCC's character tables keep the length). */
function changedCharacters(text: string, convert: (text: string) => string): number {
  const before = Array.from(text);
  const after = Array.from(convert(text));
  if (after.length !== before.length) return before.length;
  return before.reduce((count, char, k) => (after[k] === char ? count : count + 1), 0);
}

/**
 * Converts Traditional Chinese to Simplified characters with OpenCC, character by character (`tw`/`hk`/`t` to
 * `cn`, no vocabulary change): what an import does when a file has Chinese only in Traditional.
 */
export function toSimplified(text: string, from: TraditionalStandard = 't'): string {
  let convert = traditionalToSimplified.get(from);
  if (!convert) {
    convert = toSimplifiedConverter({ from, to: 'cn' });
    traditionalToSimplified.set(from, convert);
  }
  return convert(text);
}

/**
 * Whether a Chinese text is written in Simplified or Traditional characters: OpenCC converts it both ways,
 * and the side whose conversion changes fewer characters is the one it is written in. `either` when
 * neither changes anything (characters common to both), `mixed` when both change as many.
 */
export function chineseScriptOf(text: string): ChineseScript {
  simplifiedToTraditional ??= fromSimplified({ from: 'cn', to: 't' });
  const simplifiedOnly = changedCharacters(text, simplifiedToTraditional);
  const traditionalOnly = changedCharacters(text, (t) => toSimplified(t));
  if (simplifiedOnly === traditionalOnly) return simplifiedOnly === 0 ? 'either' : 'mixed';
  return simplifiedOnly > traditionalOnly ? 'hans' : 'hant';
}
