import { describe, expect, it } from 'vitest';
import { isValidSlug, MAX_SLUG_LENGTH, slugify, uniqueSlug } from './index';

describe('slugify', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Promoting the Construction of a Cyber Power — with Good Laws!')).toBe(
      'promoting-the-construction-of-a-cyber-power-with-good-laws',
    );
  });

  it('drops accents and keeps digits', () => {
    expect(slugify('Xi Jinping’s Qiúshì Essay, No. 14 (2024)')).toBe('xi-jinping-s-qiushi-essay-no-14-2024');
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('falls back to "document" for a title without ASCII letters', () => {
    expect(slugify('坚定文化自信')).toBe('document');
  });

  it('numbers a slug that is taken', () => {
    const taken = new Set(['essay', 'essay-2']);
    expect(uniqueSlug('essay', (s) => taken.has(s))).toBe('essay-3');
    expect(uniqueSlug('other', (s) => taken.has(s))).toBe('other');
  });
});
