import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, readTextFile } from './index';
import { splitParagraphs } from './paragraphs';

/** Enough runs to hit CR/LF/blank-line combinations often, few enough to stay quick. */
const NUM_RUNS = 500;
/** One mebibyte: "a single 1 MB paragraph". */
const ONE_MB = 1024 * 1024;
const TINY_PARAGRAPH_COUNT = 5_000;

/** JS `\s`: the corpus's white space, U+00A0, U+3000 and U+FEFF included. */
const WHITE_SPACE = /\s/gu;
const NON_WHITE_SPACE = /\S/u;

/** Line ends, white space that marks lines as blank, and a few that are not line ends in the corpus format. */
const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', ' ', '\t', '\u3000', '\u00a0', '\uFEFF', '\u2028', '\u000b', '\f'];

/** Text mixing any Unicode (astral characters included) with many line ends and white space, so blank lines are common. */
const arbitraryText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.join(''));

const nonWhiteSpace = (text: string) => text.replace(WHITE_SPACE, '');

describe('splitParagraphs: properties on arbitrary text', () => {
  it('gives only non-empty, trimmed paragraphs', () => {
    fc.assert(
      fc.property(arbitraryText, (text) =>
        splitParagraphs(text).every((paragraph) => paragraph.length > 0 && paragraph === paragraph.trim()),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never puts a blank line or a CR inside a paragraph', () => {
    fc.assert(
      fc.property(arbitraryText, (text) =>
        splitParagraphs(text).every(
          (paragraph) => !paragraph.includes('\r') && paragraph.split('\n').every((line) => NON_WHITE_SPACE.test(line)),
        ),
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps every non-white-space character, in order', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(nonWhiteSpace(splitParagraphs(text).join(''))).toBe(nonWhiteSpace(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is stable: paragraphs joined by blank lines split back into the same paragraphs', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const paragraphs = splitParagraphs(text);
        expect(splitParagraphs(paragraphs.join('\n\n'))).toEqual(paragraphs);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('does not depend on the kind of line end', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const lf = text.replace(/\r\n|\r/gu, '\n');
        expect(splitParagraphs(lf.replace(/\n/gu, '\r\n'))).toEqual(splitParagraphs(lf));
        expect(splitParagraphs(lf.replace(/\n/gu, '\r'))).toEqual(splitParagraphs(lf));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('splitParagraphs: specific inputs', () => {
  it('returns no paragraphs for empty or white-space-only text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \t\n\r\n\r\u3000\u00a0\n\uFEFF')).toEqual([]);
  });

  it('drops a leading byte-order mark', () => {
    expect(splitParagraphs('\uFEFFTitle\n\nBody')).toEqual(['Title', 'Body']);
    expect(splitParagraphs('\uFEFF\nTitle')).toEqual(['Title']);
  });

  it('reads CRLF and lone CR line ends as line ends, normalising kept breaks to LF', () => {
    expect(splitParagraphs('one\r\ntwo\r\n\r\nthree\r\n')).toEqual(['one\ntwo', 'three']);
    expect(splitParagraphs('one\rtwo\r\rthree\r')).toEqual(['one\ntwo', 'three']);
    expect(splitParagraphs('one\r\ntwo\rthree\n\r\nfour')).toEqual(['one\ntwo\nthree', 'four']);
  });

  it('counts lines of U+3000 or U+00A0 as blank', () => {
    expect(splitParagraphs('第一段\n\u3000\u3000\n第二段')).toEqual(['第一段', '第二段']);
    expect(splitParagraphs('first\n\u00a0\nsecond')).toEqual(['first', 'second']);
    expect(splitParagraphs('\u3000\u3000第一段\u3000')).toEqual(['第一段']);
  });

  it('keeps the indentation of inner lines and trims only the paragraph', () => {
    expect(splitParagraphs('  first\n  second  \n')).toEqual(['first\n  second']);
  });

  it('keeps characters outside the BMP', () => {
    expect(splitParagraphs('𠀀𠀁\n\n😀 end')).toEqual(['𠀀𠀁', '😀 end']);
  });

  it('keeps HTML and script tags verbatim as text', () => {
    const html = '<p class="x">One &amp; two</p>\n<script>alert("<b>hi</b>")</script>\n\n<!-- note -->';
    expect(splitParagraphs(html)).toEqual([
      '<p class="x">One &amp; two</p>\n<script>alert("<b>hi</b>")</script>',
      '<!-- note -->',
    ]);
  });

  it('returns a single 1 MB paragraph whole', () => {
    const sentence = 'The rule of law is the basic way of internet governance. ';
    const paragraph = sentence.repeat(Math.ceil(ONE_MB / sentence.length)).trim();
    expect(paragraph.length).toBeGreaterThanOrEqual(ONE_MB - sentence.length);
    expect(splitParagraphs(`\n\n${paragraph}\n\n`)).toEqual([paragraph]);
  });

  it('splits 5,000 tiny paragraphs', () => {
    const paragraphs = Array.from({ length: TINY_PARAGRAPH_COUNT }, (_, index) => `p${index}`);
    expect(splitParagraphs(paragraphs.join('\n\n'))).toEqual(paragraphs);
    expect(splitParagraphs(paragraphs.join('\r\n \r\n'))).toEqual(paragraphs);
  });
});

describe('splitParagraphs on the real corpus', () => {
  const files = readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it('finds corpus texts to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: paragraphs are trimmed, non-blank, and lose no text', (name) => {
    const text = readTextFile(path.join(CORPUS_DIR, name));
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) {
      expect(paragraph).toBe(paragraph.trim());
      expect(paragraph.split('\n').every((line) => NON_WHITE_SPACE.test(line))).toBe(true);
    }
    expect(nonWhiteSpace(paragraphs.join(''))).toBe(nonWhiteSpace(text));
  });

  it('splits the one-block Chen Yiyuan page into title, introduction, five sections and author note', () => {
    const text = readTextFile(path.join(CORPUS_DIR, 'network-governance-rule-of-law-2024-10', 'en.txt'));
    expect(splitParagraphs(text).map((paragraph) => paragraph.split('.')[0])).toEqual([
      'Focus on improving the level of rule of law in network governance in the new era',
      'The Third Plenary Session of the 20th Central Committee of the Communist Party of China pointed out the need to strengthen the construction of the rule of law in cyberspace and improve the long-term mechanism for network ecological governance',
      'Efforts will be made to improve the regulatory system of network governance',
      'Efforts should be made to improve the effectiveness of the implementation of the legal system for network governance',
      'Continuously strengthen online legal publicity and education',
      'Strive to build a network governance system with multi-party governance',
      'Actively promote international cooperation in network governance',
      '(New Press) (Author Chen Yiyuan is an associate professor at the School of Marxism, Shandong University, and a researcher at the Institute of Rule of Law in China, Shandong University)',
    ]);
  });
});
