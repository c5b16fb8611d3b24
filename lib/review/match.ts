import type { IndexedDocument } from '../store';
import { normalizeRendering, type CheckNote } from '../terms';
import type { Sentence } from '../sentence';
import type { FindingTarget, ReviewDecision, ReviewedFinding, ReviewScope } from './types';

const compact = (text: string) => text.replace(/\s+/gu, '');

/** The sentence of `sentences` on one side holding offset `at` of paragraph `paragraph`. */
function sentenceAt(sentences: readonly Sentence[], paragraph: number, at: number): Sentence | undefined {
  return sentences.find((s) => s.paragraph === paragraph && s.start <= at && at < s.end);
}

/**
 * The Chinese sentence a note stands in (the whole bead's Chinese where the bead is not aligned by sentence):
 * for a term note, the first occurrence in its bead with its rendering; for a number, the first sentence of its
 * side holding it.
 */
function contextOf(note: CheckNote, doc: IndexedDocument): string {
  const bead = doc.beads[note.bead];
  if (!bead) return '';
  const sentences = (doc.sentences[note.bead] ?? []).flatMap((s) => (note.kind === 'number-mismatch' && note.side === 'en' ? s.en : s.zh));
  const whole = compact(bead.zh.map((p) => doc.zh?.[p] ?? '').join(''));
  if (note.kind === 'number-mismatch') {
    const holding = sentences.find((s) => s.text.includes(note.text));
    return holding ? compact(holding.text) : whole;
  }
  const key = note.rendering === null ? null : normalizeRendering(note.rendering);
  const occurrence = doc.occurrences.find(
    (o) => o.bead === note.bead && o.term === note.term && (o.rendering === null ? null : normalizeRendering(o.rendering)) === key,
  );
  const sentence = occurrence && sentenceAt(sentences, occurrence.zh.paragraph, occurrence.zh.start);
  return sentence ? compact(sentence.text) : whole;
}

/** What a note is, as decisions name it (see findingTargetSchema). */
export function findingTarget(note: CheckNote, doc: IndexedDocument): FindingTarget {
  const isNumber = note.kind === 'number-mismatch';
  return {
    kind: note.kind,
    term: isNumber ? note.text : note.term,
    rendering: isNumber || note.rendering === null ? null : normalizeRendering(note.rendering),
    slug: doc.meta.slug,
    context: contextOf(note, doc),
  };
}

/** Whether a decision of its scope reaches a finding. */
function reaches(decision: ReviewDecision, target: FindingTarget): boolean {
  const d = decision.target;
  const same = d.term === target.term && d.rendering === target.rendering;
  const byScope: Record<ReviewScope, boolean> = {
    // "strong cyber power is an accepted variant of 网络强国": every finding of that rendering, in any document.
    term: same,
    document: same && d.kind === target.kind && d.slug === target.slug,
    occurrence: same && d.kind === target.kind && d.slug === target.slug && d.context === target.context,
  };
  return byScope[decision.scope];
}

const SPECIFICITY: Record<ReviewScope, number> = { occurrence: 2, document: 1, term: 0 };

/**
 * The decision that applies to a finding: the most specific scope that reaches it (an occurrence over its document
 * over the term), the latest of those; none when no decision reaches it.
 */
export function decisionFor(target: FindingTarget, decisions: readonly ReviewDecision[]): ReviewDecision | null {
  let best: ReviewDecision | null = null;
  for (const decision of decisions) {
    if (!reaches(decision, target)) continue;
    if (!best || SPECIFICITY[decision.scope] > SPECIFICITY[best.scope] || (decision.scope === best.scope && decision.at >= best.at))
      best = decision;
  }
  return best;
}

/** A document's notes with the decisions that apply to them, in the notes' order. */
export function reviewFindings(notes: readonly CheckNote[], doc: IndexedDocument, decisions: readonly ReviewDecision[]): ReviewedFinding[] {
  const mine = decisions.filter((d) => d.scope === 'term' || d.target.slug === doc.meta.slug);
  return notes.map((note) => {
    const target = findingTarget(note, doc);
    const decision = decisionFor(target, mine);
    return { target, status: decision?.status ?? 'open', decision };
  });
}
