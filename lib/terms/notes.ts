import { getGlossary, recommendationOf, type Attestation, type GlossaryEntry } from '../glossary';
import type { Bead } from '../align';
import { renderingsOf } from './occurrences';
import { holdsRendering, normalizeRendering } from './english';
import { numberMismatches } from './numbers';
import type { NoteSeverity, NumberNote, RenderingCount, TermNote, TermNoteKind, TermOccurrence } from './types';

/** A number that differs between the Chinese and the English goes against the text's own source. */
const NUMBER_SEVERITY: NoteSeverity = 'error';

/** Severities worst first, for sorting. */
export const SEVERITIES: readonly NoteSeverity[] = ['error', 'warning', 'info'];

export interface NotesOptions {
  /** The glossary the notes follow (see selectGlossary). Default: the project's. */
  glossary?: readonly GlossaryEntry[];
  /**
   * Raise every note, as notes were raised before the checklist: renderings compared with their spaces
   * ("cyber power" is not "cyberpower") and not-found for every member of an enumeration. Default false.
   */
  strict?: boolean;
}

const quote = (text: string) => `“${text}”`;

/** Separators of a Chinese enumeration: 道路自信、理论自信、制度自信和文化自信. */
const ENUMERATION = new Set(['、', '和', '与', '及']);
/** Characters the members of an enumeration share at their end (自信) or start (依法) for its English to factor them out. */
const SHARED_AFFIX = 2;

/**
 * Whether an occurrence is one member of a Chinese enumeration of terms sharing their ending
 * (道路自信、理论自信、制度自信、文化自信) or their beginning (依法管网、依法办网、依法上网), which English
 * renders by factoring it out ("confidence in the path, theory, system and culture", "manage, run and
 * use the Internet according to law"): no listed rendering can match a member, so its rendering not
 * being found is no sign of an omission.
 */
function inSharedEnumeration(o: TermOccurrence, occurrences: readonly TermOccurrence[], zh: string): boolean {
  if (o.term.length <= SHARED_AFFIX) return false;
  const ending = o.term.slice(-SHARED_AFFIX);
  const beginning = o.term.slice(0, SHARED_AFFIX);
  return occurrences.some(
    (other) =>
      other !== o &&
      other.zh.paragraph === o.zh.paragraph &&
      other.term.length > SHARED_AFFIX &&
      (other.term.endsWith(ending) || other.term.startsWith(beginning)) &&
      ((other.zh.end + 1 === o.zh.start && ENUMERATION.has(zh[other.zh.end] ?? '')) ||
        (o.zh.end + 1 === other.zh.start && ENUMERATION.has(zh[o.zh.end] ?? ''))),
  );
}

/** A news dateline opening a paragraph: agency or site, place, date and 电 (新华社北京2月11日电, 中新网2月11日电). */
const DATELINE = /^[^\s，。、：]{2,20}?\d{1,2}月\d{1,2}日电/u;

/**
 * Whether an occurrence lies in the dateline opening its paragraph (the 新华社 of 新华社北京2月11日电): a
 * translation of a news item often leaves the dateline out, so its terms not being rendered is no omission.
 */
function inDateline(o: TermOccurrence, zh: string): boolean {
  const dateline = DATELINE.exec(zh);
  return dateline !== null && o.zh.end <= dateline[0].length;
}

/**
 * The key renderings are compared by: normalised and without spaces, so that "cyber power" is the
 * recommended "cyberpower" and "cyber security" is "cybersecurity" — a spacing, not a rendering, differs.
 */
const compact = (text: string) => normalizeRendering(text).replaceAll(' ', '');

/** The attestations of an entry whose rendering the given one is or holds, ranked as the rule ranks them. */
export function attestationsOf(entry: Pick<GlossaryEntry, 'attestations'>, rendering: string): Attestation[] {
  return (entry.attestations ?? []).filter((a) => holdsRendering(rendering, a.rendering));
}

/**
 * How much a term note asks of a translator: the evidence behind the recommendation decides.
 * A departure ('non-recommended', 'inconsistent') to a rendering the entry's published sources use is
 * 'info': the sources themselves use it. A document that always departs from a recommendation an
 * official source attests is an 'error'; every other departure — from a recommendation only state media,
 * scholars or others attest, or none — is at most a 'warning', as is a term rendered several ways. No
 * rendering found is a 'warning' (a paraphrase, an omission, or a rendering nobody listed yet); two terms
 * sharing one rendering is 'info', a lost distinction that is often the translator's choice.
 */
export function termNoteSeverity(kind: TermNoteKind, entry: GlossaryEntry, rendering: string | null): NoteSeverity {
  if (kind === 'shared-rendering') return 'info';
  if (kind === 'not-found' || rendering === null) return 'warning';
  if (attestationsOf(entry, rendering).length > 0) return 'info';
  return kind === 'non-recommended' && recommendationOf(entry).attestation?.kind === 'official' ? 'error' : 'warning';
}

const published = (a: Attestation) => `${a.publisher}${a.date ? ` (${a.date})` : ''}`;

function byTermOf(glossary: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(glossary.map((entry) => [entry.term, entry]));
}

/**
 * Notes for a reader of one document, at most one of each kind per bead, term and rendering:
 * a rendering that is not the recommended one ('non-recommended', or 'inconsistent' when the document
 * renders the term in more than one way), two terms rendered by the same English ('shared-rendering')
 * and an occurrence whose rendering was not found ('not-found'; not raised for a member of an enumeration
 * that English factors, see inSharedEnumeration, nor in a news dateline, see inDateline). Each carries its severity (termNoteSeverity);
 * the number check is numberNotesOf.
 */
export function termNotesOf(slug: string, zh: readonly string[], mine: readonly TermOccurrence[], options: NotesOptions = {}): TermNote[] {
  const byTerm = byTermOf(options.glossary ?? getGlossary());
  const compare = options.strict ? normalizeRendering : compact;
  const termsByRendering = new Map<string, Set<string>>();
  for (const o of mine) {
    if (o.rendering === null) continue;
    const key = compare(o.rendering);
    termsByRendering.set(key, (termsByRendering.get(key) ?? new Set()).add(o.term));
  }
  const renderingsByTerm = new Map<string, RenderingCount[]>();
  const renderingsInDocument = (term: string) => {
    let list = renderingsByTerm.get(term);
    if (!list) renderingsByTerm.set(term, (list = renderingsOf(term, mine)));
    return list;
  };

  const notes: TermNote[] = [];
  const seen = new Set<string>();
  const add = (note: Omit<TermNote, 'severity'>, entry: GlossaryEntry) => {
    const key = [note.bead, note.term, note.kind, note.rendering === null ? '' : compare(note.rendering), note.otherTerm ?? ''].join(
      '\u0000',
    );
    if (seen.has(key)) return;
    seen.add(key);
    notes.push({ ...note, severity: termNoteSeverity(note.kind, entry, note.rendering) });
  };

  for (const o of mine) {
    const entry = byTerm.get(o.term);
    if (!entry) continue;
    const all = renderingsInDocument(o.term);
    const base = { slug, bead: o.bead, term: o.term, rendering: o.rendering, recommended: entry.recommended };
    if (o.rendering === null) {
      const paragraph = zh[o.zh.paragraph] ?? '';
      if (!options.strict && (inSharedEnumeration(o, mine, paragraph) || inDateline(o, paragraph))) continue;
      add(
        {
          ...base,
          kind: 'not-found',
          others: all,
          message: `No known rendering of ${o.term} in the English of this bead (left out, or rendered in a way the glossary does not list); recommended: ${quote(entry.recommended)}.`,
        },
        entry,
      );
      continue;
    }
    const rendering = o.rendering;
    const key = compare(rendering);
    // A long form holding the recommendation is the recommendation ("18th National Congress of the CPC").
    const recommended = (text: string) =>
      options.strict ? compare(text) === compare(entry.recommended) : holdsRendering(text, entry.recommended);
    const others = all.filter((r) => compare(r.rendering) !== key && !recommended(r.example));
    if (!recommended(rendering)) {
      const inconsistent = others.length > 0;
      const [source] = attestationsOf(entry, rendering);
      const sourced = source ? ` (as ${published(source)} renders it)` : '';
      add(
        {
          ...base,
          kind: inconsistent ? 'inconsistent' : 'non-recommended',
          others,
          message: inconsistent
            ? // The other renderings are in `others`, shown once by the reader: the message does not repeat them.
              `${o.term} is rendered ${quote(rendering)}${sourced} here and ${others.length} other ${others.length === 1 ? 'way' : 'ways'} in this document; the glossary recommends ${quote(entry.recommended)}.`
            : `${o.term} is rendered ${quote(rendering)}${sourced}, not the recommended ${quote(entry.recommended)}.`,
        },
        entry,
      );
    }
    for (const otherTerm of termsByRendering.get(key) ?? []) {
      if (otherTerm === o.term) continue;
      // Sources that render both terms so do not tell them apart either (党中央, 中共中央: "CPC Central Committee").
      const otherEntry = byTerm.get(otherTerm);
      if (!options.strict && otherEntry && attestationsOf(entry, rendering).length > 0 && attestationsOf(otherEntry, rendering).length > 0)
        continue;
      add(
        {
          ...base,
          kind: 'shared-rendering',
          others,
          otherTerm,
          message: `${quote(rendering)} renders both ${o.term} and ${otherTerm} in this document: the English no longer tells them apart.`,
        },
        entry,
      );
    }
  }
  return notes;
}

/** 'number-mismatch' notes of a bilingual text, one per bead, side and value. */
export function numberNotesOf(slug: string, zh: readonly string[], en: readonly string[], beads: readonly Bead[]): NumberNote[] {
  return beads.flatMap((bead, index) => {
    if (bead.zh.length === 0 || bead.en.length === 0) return [];
    const zhText = bead.zh.map((p) => zh[p] ?? '').join('\n');
    const enText = bead.en.map((p) => en[p] ?? '').join('\n');
    return numberMismatches(zhText, enText).map((n): NumberNote => ({
      kind: 'number-mismatch',
      severity: NUMBER_SEVERITY,
      slug,
      bead: index,
      side: n.side,
      text: n.text,
      value: n.value,
      message:
        n.side === 'zh'
          ? `${n.text} (${n.value}) in the Chinese of this bead has no counterpart in its English.`
          : `${quote(n.text)} in the English of this bead has no counterpart in its Chinese.`,
    }));
  });
}
