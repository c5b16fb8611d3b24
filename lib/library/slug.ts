import { isSlug } from '../corpus';

/** Longest slug made from a title: long enough to tell titles apart, short enough for a URL. */
export const MAX_SLUG_LENGTH = 60;

/** Used when a title has no ASCII letter or digit (a title in Chinese only, say). */
const FALLBACK_SLUG = 'document';

/** Whether `slug` is a valid document slug: lower-case ASCII words joined by hyphens. */
export function isValidSlug(slug: string): boolean {
  return isSlug(slug);
}

/**
 * A slug from an English title: accents dropped (NFKD), lower-case ASCII letters and digits, runs of
 * anything else turned into one hyphen, cut at a word boundary to MAX_SLUG_LENGTH.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  if (!slug && words[0]) slug = words[0].slice(0, MAX_SLUG_LENGTH);
  return slug || FALLBACK_SLUG;
}

/** `base`, or `base-2`, `base-3`, … : the first that `isTaken` does not claim. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
