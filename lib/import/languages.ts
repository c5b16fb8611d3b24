import type { Lang } from '../corpus';
import type { TraditionalStandard } from '../script';

/** What a language label (xml:lang, source-language, srcLang…) says, as far as this program reads it. */
export interface LabelLanguage {
  /** zh or en; `other` for any other language; undefined when there is no label. */
  side: Lang | 'other' | undefined;
  /**
   * For Chinese: whether the label names Simplified (zh-CN, zh-Hans, zh-SG…) or Traditional (zh-TW, zh-HK,
   * zh-Hant…) characters; undefined for plain `zh`.
   */
  simplified?: boolean | undefined;
  /** For a Traditional label, the standard OpenCC converts from. */
  standard?: TraditionalStandard | undefined;
  /** Order among Chinese variants, Simplified first: zh-CN, zh-Hans, zh-SG, zh-MY, zh, zh-TW, zh-HK, zh-MO, zh-Hant. */
  rank: number;
}

const SIMPLIFIED_REGIONS = ['cn', 'sg', 'my'];
const TRADITIONAL_REGIONS: Record<string, TraditionalStandard> = { tw: 'tw', hk: 'hk', mo: 'hk' };
const CHINESE = new Set(['zh', 'cmn']);
/** Ranks: an explicit Simplified label first (region CN before script Hans before other regions), then plain zh, then Traditional. */
const RANK = { cn: 0, hans: 1, simplifiedRegion: 2, plain: 3, traditionalRegion: 4, hant: 5 } as const;

/** Reads a BCP 47 or POSIX-style language label (`zh-Hant-HK`, `ZH_CN`, `en-GB`); case and `_` do not matter. */
export function labelLanguage(label: string | undefined): LabelLanguage {
  if (label === undefined || label.trim() === '') return { side: undefined, rank: RANK.plain };
  const [primary = '', ...subtags] = label.trim().toLowerCase().split(/[-_]/u);
  if (primary === 'en') return { side: 'en', rank: RANK.plain };
  if (!CHINESE.has(primary)) return { side: 'other', rank: RANK.plain };
  const script = subtags.find((tag) => tag === 'hans' || tag === 'hant');
  const region = subtags.find((tag) => tag.length === 2);
  const standard = region === undefined ? undefined : TRADITIONAL_REGIONS[region];
  if (script === 'hans') return { side: 'zh', simplified: true, rank: region === 'cn' ? RANK.cn : RANK.hans };
  if (script === 'hant') return { side: 'zh', simplified: false, standard: standard ?? 't', rank: RANK.hant };
  if (region === 'cn') return { side: 'zh', simplified: true, rank: RANK.cn };
  if (region !== undefined && SIMPLIFIED_REGIONS.includes(region)) return { side: 'zh', simplified: true, rank: RANK.simplifiedRegion };
  if (standard !== undefined) return { side: 'zh', simplified: false, standard, rank: RANK.traditionalRegion };
  return { side: 'zh', rank: RANK.plain };
}

/** What a text is written in, by its letters: Chinese, Latin (read as English), another script, or too little to say. */
export type TextScript = 'zh' | 'latin' | 'other' | 'undetermined';

/**
 * A text is Chinese when at least this share of its letters are Han characters. Chinese prose quoting
 * Latin names ("推进5G和AI发展": 6 of 8) stays above it; English prose giving a Chinese name in brackets
 * ("Xi Jinping (习近平) said": 3 of 16) stays below.
 */
export const CHINESE_HAN_SHARE = 0.5;
/** Kana or Hangul beyond this share of the letters make a text Japanese or Korean, not Chinese. */
const KANA_HANGUL_SHARE = 0.1;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function textScript(text: string): TextScript {
  const letters = count(text, /\p{L}/gu);
  if (letters === 0) return 'undetermined';
  const han = count(text, /\p{Script=Han}/gu);
  const kanaHangul = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu);
  if (kanaHangul / letters > KANA_HANGUL_SHARE) return 'other';
  if (han / letters >= CHINESE_HAN_SHARE) return 'zh';
  if (han > 0) return 'undetermined';
  return count(text, /\p{Script=Latin}/gu) / letters >= CHINESE_HAN_SHARE ? 'latin' : 'other';
}
