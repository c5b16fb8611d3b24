/** Reader preferences kept in localStorage and mirrored as data attributes on <html>. */
export const LAYOUTS = ['side-by-side', 'interleaved', 'zh', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const PINYIN_MODES = ['off', 'on'] as const;
export type PinyinMode = (typeof PINYIN_MODES)[number];

export const TONE_MODES = ['off', 'on'] as const;
export type ToneMode = (typeof TONE_MODES)[number];

export const PREFERENCES = {
  layout: { storageKey: 'qp-layout', attribute: 'data-layout', values: LAYOUTS, fallback: 'side-by-side' },
  theme: { storageKey: 'qp-theme', attribute: 'data-theme', values: THEMES, fallback: 'light' },
  textSize: { storageKey: 'qp-text-size', attribute: 'data-text-size', values: TEXT_SIZES, fallback: 'm' },
  pinyin: { storageKey: 'qp-pinyin', attribute: 'data-pinyin', values: PINYIN_MODES, fallback: 'off' },
  tones: { storageKey: 'qp-tones', attribute: 'data-tones', values: TONE_MODES, fallback: 'off' },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;

/**
 * Runs before first paint: copies stored preferences onto <html> so the page
 * never flashes the default layout or theme.
 */
export const PREFERENCES_BOOT_SCRIPT = `(function(){try{var d=document.documentElement,p=${JSON.stringify(PREFERENCES)};for(var k in p){var c=p[k],v=localStorage.getItem(c.storageKey);if(k==='theme'&&!v&&matchMedia('(prefers-color-scheme: dark)').matches)v='dark';if(v&&c.values.indexOf(v)>=0)d.setAttribute(c.attribute,v);}}catch(e){}})();`;

/** Cookie that remembers the script (hans / hant-tw / hant-hk); read by proxy.ts and by dynamic pages. */
export const SCRIPT_COOKIE = 'qp-script';

/**
 * Cookie that remembers which glossary the notes follow ('project', 'user' or 'both'; see GlossarySource):
 * a cookie rather than localStorage so that the checklist, rendered on the server, follows it too.
 */
export const GLOSSARY_COOKIE = 'qp-glossary';
