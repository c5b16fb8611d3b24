// Script names only, with no converter: safe to import from client components.
/**
 * The script a reader sees Chinese in: Simplified as written, or Traditional
 * in the Taiwan or Hong Kong standard (OpenCC `s2tw` / `s2hk`).
 */
export const SCRIPTS = ['hans', 'hant-tw', 'hant-hk'] as const;
export type Script = (typeof SCRIPTS)[number];

/** The corpus is written in Simplified, so that is what unknown values fall back to. */
export const DEFAULT_SCRIPT: Script = 'hans';

/** Reads a script from an untrusted value (URL parameter, stored preference); unknown → 'hans'. */
export function parseScript(value: unknown): Script {
  return SCRIPTS.find((script) => script === value) ?? DEFAULT_SCRIPT;
}

const ZH_LANG_TAG: Record<Script, string> = { hans: 'zh-Hans', 'hant-tw': 'zh-Hant-TW', 'hant-hk': 'zh-Hant-HK' };

/** BCP 47 tag of Chinese text shown in `script`, for `lang` attributes (fonts, screen readers). */
export function zhLangTag(script: Script): string {
  return ZH_LANG_TAG[script];
}
