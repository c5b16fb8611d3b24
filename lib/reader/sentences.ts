import type { Bead } from '../align';
import { isShownFlag, type Sentence, type SentenceBead } from '../sentence';
import { readHref } from './links';
import { encodeRenderings } from './paragraph-markup';
import type { OmissionView, SentenceMarkup } from './types';

const NO_SENTENCES: SentenceMarkup = { spans: '', alone: '' };

/**
 * The sentences of one paragraph of a bead, each naming its sentence bead (its index within the
 * paragraph bead), and those with no partner. `shownOffset` maps an offset of the source text to
 * the text as shown (Traditional may differ in length). Beads with a side missing are not marked
 * below the paragraph: the whole cell already says it has no counterpart.
 */
export function sentenceMarkup(
  bead: Bead,
  sentenceBeads: readonly SentenceBead[],
  side: 'zh' | 'en',
  paragraph: number,
  shownOffset: (offset: number) => number = (offset) => offset,
): SentenceMarkup {
  if (bead.zh.length === 0 || bead.en.length === 0) return NO_SENTENCES;
  const spans: Array<{ start: number; end: number; ids: string[] }> = [];
  const alone: string[] = [];
  sentenceBeads.forEach((sentenceBead, k) => {
    const mine = sentenceBead[side].filter((s) => s.paragraph === paragraph);
    if (mine.length === 0) return;
    for (const s of mine) spans.push({ start: shownOffset(s.start), end: shownOffset(s.end), ids: [String(k)] });
    if (isShownFlag(sentenceBead)) alone.push(String(k));
  });
  spans.sort((a, b) => a.start - b.start);
  return { spans: encodeRenderings(spans), alone: alone.join(' ') };
}

const sentenceText = (sentences: readonly Sentence[]) => sentences.map((s) => s.text).join(' ');

/**
 * Sentences and paragraphs of one language with nothing in the other, in reading order; Chinese shown by
 * `showZh`. Sentence flags the aligner is not sure enough of (isShownFlag) are left out.
 */
export function omissionsOf(
  slug: string,
  beads: readonly Bead[],
  sentences: readonly SentenceBead[][],
  paragraphs: { zh: readonly string[]; en: readonly string[] },
  showZh: (text: string) => string = (text) => text,
): OmissionView[] {
  const show = (side: 'zh' | 'en', text: string) => (side === 'zh' ? showZh(text) : text);
  return beads.flatMap((bead, i): OmissionView[] => {
    const at = { bead: i + 1, href: readHref(slug, i + 1) };
    if (bead.zh.length === 0 || bead.en.length === 0) {
      const side = bead.zh.length === 0 ? 'en' : 'zh';
      return bead[side].map((p) => ({
        ...at,
        side,
        text: show(side, paragraphs[side][p] ?? ''),
        paragraph: true,
        confidence: bead.confidence,
      }));
    }
    return (sentences[i] ?? []).flatMap((s): OmissionView[] => {
      if (!isShownFlag(s)) return [];
      const side = s.zh.length > 0 ? 'zh' : 'en';
      return [{ ...at, side, text: show(side, sentenceText(s[side])), paragraph: false, confidence: s.confidence }];
    });
  });
}

/**
 * The sentence pair around an offset of a paragraph in a bead: the sentence bead that holds it,
 * as the span of that sentence in the paragraph and the spans of its partner sentences (in
 * their paragraphs). Undefined where the bead has no sentence alignment.
 */
export function sentencePairAt(
  sentenceBeads: readonly SentenceBead[],
  side: 'zh' | 'en',
  paragraph: number,
  offset: number,
): { sentence: Sentence; partners: Sentence[] } | undefined {
  for (const sentenceBead of sentenceBeads) {
    const sentence = sentenceBead[side].find((s) => s.paragraph === paragraph && s.start <= offset && offset < s.end);
    if (sentence) return { sentence, partners: sentenceBead[side === 'zh' ? 'en' : 'zh'] };
  }
  return undefined;
}

/**
 * Where the sentence pair around `offset` of one side's bead text lies in each side's bead text (the
 * bead's paragraphs joined by a separator of `separatorLength`); undefined where the bead is not
 * aligned below the paragraph or the pair has a side missing, so the whole bead is shown.
 */
export function sentencePairWindow(
  bead: Bead,
  sentenceBeads: readonly SentenceBead[],
  lengths: { zh: readonly number[]; en: readonly number[] },
  side: 'zh' | 'en',
  offset: number,
  separatorLength: number,
): Record<'zh' | 'en', { start: number; end: number }> | undefined {
  const bases = (which: 'zh' | 'en') => {
    const base = new Map<number, number>();
    let at = 0;
    for (const p of bead[which]) {
      base.set(p, at);
      at += (lengths[which][p] ?? 0) + separatorLength;
    }
    return base;
  };
  const base = { zh: bases('zh'), en: bases('en') };
  const paragraph = bead[side].find((p) => {
    const start = base[side].get(p) ?? 0;
    return offset >= start && offset < start + (lengths[side][p] ?? 0);
  });
  if (paragraph === undefined) return undefined;
  const inParagraph = offset - (base[side].get(paragraph) ?? 0);
  const pair = sentenceBeads.find((s) => s[side].some((x) => x.paragraph === paragraph && x.start <= inParagraph && inParagraph < x.end));
  if (!pair || pair.zh.length === 0 || pair.en.length === 0) return undefined;
  const span = (which: 'zh' | 'en') => ({
    start: Math.min(...pair[which].map((s) => (base[which].get(s.paragraph) ?? 0) + s.start)),
    end: Math.max(...pair[which].map((s) => (base[which].get(s.paragraph) ?? 0) + s.end)),
  });
  return { zh: span('zh'), en: span('en') };
}
