import { create } from 'xmlbuilder2';
import { beadText } from '../bitext';
import { unitIdsOf, type TranslationKind } from '../corpus';
import { getGlossary, type Attestation } from '../glossary';
import {
  bilingualDocuments,
  bilingualDocumentsOf,
  evidenceByDocument,
  renderingsByDocument,
  type IndexDatabase,
  type IndexedDocument,
} from '../store';
import { beadLink, groupNotes, NO_LIBRARY_SOURCE, normalizeRendering } from '../terms';
import type { CheckNote, RenderingCount } from '../terms';
import { CSV_LINE_BREAK, toCsv, toCsvRow } from './csv';

export { CSV_LINE_BREAK, toCsv, toCsvRow } from './csv';

const TOOL = { name: 'qiushi-parallel', version: '0.1.0' };
/** Separates renderings inside one CSV field. */
const LIST_SEPARATOR = '; ';
/** Documents named in a glossary row's "sources in the library"; the rest are counted. */
const SOURCES_NAMED = 5;

const describeCounts = (counts: ReadonlyArray<Pick<RenderingCount, 'example' | 'count'>>) =>
  counts.map((r) => `${r.example} (${r.count})`).join(LIST_SEPARATOR);

/** An export as it is written: text chunks, one or a few units at a time, so a library of any size streams. */
export type ExportStream = AsyncGenerator<string>;

/** The TMX 1.4b envelope around the units `units` yields (each a <tu> element as text). */
async function* tmx(segtype: 'paragraph' | 'sentence', units: AsyncGenerator<string>): ExportStream {
  const header = create()
    .ele('header', {
      creationtool: TOOL.name,
      creationtoolversion: TOOL.version,
      segtype,
      'o-tmf': 'qiushi-parallel',
      adminlang: 'en',
      srclang: 'zh-CN',
      datatype: 'plaintext',
    })
    .end({ headless: true });
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>\n`;
  for await (const unit of units) yield unit;
  yield '  </body>\n</tmx>\n';
}

/** A tu's properties, in order; a type may repeat (one x-source-id per source unit). */
type Props = ReadonlyArray<readonly [type: string, value: string]>;

/** The ids of the imported file's units that a bead or sentence pair comes from, as props (lib/corpus SourceUnit). */
const sourceIdProps = (ids: readonly string[]): Props => ids.map((id) => ['x-source-id', id] as const);

function unit(tuid: string, props: Props, zhText: string, enText: string): string {
  const tu = create().ele('tu', { tuid });
  for (const [type, value] of props) tu.ele('prop', { type }).txt(value);
  tu.ele('tuv', { 'xml:lang': 'zh-CN' }).ele('seg').txt(zhText);
  tu.ele('tuv', { 'xml:lang': 'en' }).ele('seg').txt(enText);
  return `    ${tu.end({ headless: true })}\n`;
}

/**
 * TMX 1.4b of every aligned bead of every bilingual document that has text on both sides: one tu per
 * bead, zh-CN source, with the document slug and 1-based bead number as props, and for a document
 * imported from a bilingual file the ids of the file's units it holds (x-source-id), which map it back.
 */
export function toTmx(index: IndexDatabase): ExportStream {
  return tmx(
    'paragraph',
    (async function* () {
      for await (const doc of bilingualDocuments(index)) {
        const { slug } = doc.meta;
        let chunk = '';
        doc.beads.forEach((bead, i) => {
          const zhText = beadText(doc.zh ?? [], bead.zh);
          const enText = beadText(doc.en ?? [], bead.en);
          if (zhText.trim() === '' || enText.trim() === '') return;
          const props: Props = [['x-slug', slug], ['x-bead', String(i + 1)], ...sourceIdProps(unitIdsOf(doc.units, bead))];
          chunk += unit(`${slug}#${i + 1}`, props, zhText, enText);
        });
        yield chunk;
      }
    })(),
  );
}

/**
 * TMX 1.4b of every aligned sentence pair: one tu per sentence bead with text on both sides (what
 * one side leaves out is no translation unit), with the slug, bead and sentence-pair numbers as props,
 * and the source unit ids of its paragraphs as toTmx gives them.
 */
export function toSentenceTmx(index: IndexDatabase): ExportStream {
  return tmx(
    'sentence',
    (async function* () {
      for await (const doc of bilingualDocuments(index)) {
        const { slug } = doc.meta;
        let chunk = '';
        doc.sentences.forEach((pairs, i) => {
          pairs.forEach((pair, k) => {
            if (pair.zh.length === 0 || pair.en.length === 0) return;
            const paragraphs = { zh: pair.zh.map((s) => s.paragraph), en: pair.en.map((s) => s.paragraph) };
            const props: Props = [
              ['x-slug', slug],
              ['x-bead', String(i + 1)],
              ['x-sentence', String(k + 1)],
              ...sourceIdProps(unitIdsOf(doc.units, paragraphs)),
            ];
            chunk += unit(`${slug}#${i + 1}.${k + 1}`, props, pair.zh.map((s) => s.text).join(''), pair.en.map((s) => s.text).join(' '));
          });
        });
        yield chunk;
      }
    })(),
  );
}

/** What the library says of each glossary term: its renderings with counts, and the documents using the recommended one. */
async function glossaryEvidence(index: IndexDatabase) {
  const [rows, evidence] = await Promise.all([renderingsByDocument(index), evidenceByDocument(index)]);
  // Where a rendering is used: the bilingual documents' occurrences and the English-only documents' evidence.
  const uses = new Map<string, Map<string, { publication: string; date: string; slug: string; count: number }>>();
  for (const r of [...rows, ...evidence.map((e) => ({ ...e, key: normalizeRendering(e.rendering) }))]) {
    if (r.key === null) continue;
    const at = `${r.term}\u0000${r.key}`;
    const byDocument = uses.get(at) ?? new Map<string, { publication: string; date: string; slug: string; count: number }>();
    const seen = byDocument.get(r.slug);
    byDocument.set(r.slug, { publication: r.publication, date: r.date, slug: r.slug, count: (seen?.count ?? 0) + r.count });
    uses.set(at, byDocument);
  }
  const observed = new Map<string, Map<string, { example: string; count: number }>>();
  const occurrences = new Map<string, number>();
  for (const row of rows) {
    occurrences.set(row.term, (occurrences.get(row.term) ?? 0) + row.count);
    if (row.key === null) continue;
    const byKey = observed.get(row.term) ?? new Map<string, { example: string; count: number }>();
    const seen = byKey.get(row.key);
    byKey.set(row.key, { example: seen?.example ?? row.example ?? row.key, count: (seen?.count ?? 0) + row.count });
    observed.set(row.term, byKey);
  }
  const renderingsOf = (term: string) =>
    [...(observed.get(term)?.values() ?? [])].sort((a, b) => b.count - a.count || a.example.localeCompare(b.example));
  const sourceLine = (term: string, recommended: string) => {
    const using = [...(uses.get(`${term}\u0000${normalizeRendering(recommended)}`)?.values() ?? [])].sort(
      (a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug),
    );
    if (using.length === 0) return NO_LIBRARY_SOURCE;
    const named = using.slice(0, SOURCES_NAMED).map((r) => `${r.publication}, ${r.date} (${r.count}×)`);
    const more = using.length > SOURCES_NAMED ? `; and ${using.length - SOURCES_NAMED} more` : '';
    return `used in ${using.length} ${using.length === 1 ? 'document' : 'documents'} of the library: ${named.join('; ')}${more}`;
  };
  return { renderingsOf, occurrencesOf: (term: string) => occurrences.get(term) ?? 0, sourceLine };
}

/**
 * TBX-Basic of the glossary: one termEntry per entry, the Chinese term with its pinyin, the recommended
 * English as preferred and the variants as admitted, with how often the library renders the term each way.
 */
export async function* toTbx(index: IndexDatabase): ExportStream {
  const evidence = await glossaryEvidence(index);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('martif', { type: 'TBX-Basic', 'xml:lang': 'en' });
  const header = root.ele('martifHeader');
  header
    .ele('fileDesc')
    .ele('sourceDesc')
    .ele('p')
    .txt('Qiushi Parallel glossary of Chinese political terms, with renderings observed in the aligned corpus');
  header.ele('encodingDesc').ele('p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
  const body = root.ele('text').ele('body');
  for (const entry of getGlossary()) {
    const observed = evidence.renderingsOf(entry.term);
    const termEntry = body.ele('termEntry', { id: `term-${entry.term}` });
    termEntry.ele('descrip', { type: 'subjectField' }).txt(entry.category);
    if (entry.note) termEntry.ele('note').txt(entry.note);
    const zh = termEntry.ele('langSet', { 'xml:lang': 'zh' }).ele('tig');
    zh.ele('term').txt(entry.term);
    zh.ele('note').txt(`pinyin: ${entry.pinyin}`);
    const en = termEntry.ele('langSet', { 'xml:lang': 'en' });
    const preferred = en.ele('tig');
    preferred.ele('term').txt(entry.recommended);
    preferred.ele('termNote', { type: 'administrativeStatus' }).txt('preferredTerm-admn-sts');
    preferred.ele('note').txt(`basis: ${entry.basis}`);
    for (const attestation of entry.attestations ?? []) preferred.ele('note').txt(`attested: ${describeAttestation(attestation)}`);
    for (const variant of entry.variants) {
      const tig = en.ele('tig');
      tig.ele('term').txt(variant);
      tig.ele('termNote', { type: 'administrativeStatus' }).txt('admittedTerm-admn-sts');
    }
    en.ele('note').txt(observed.length > 0 ? `observed in the corpus: ${describeCounts(observed)}` : 'not observed in the corpus');
  }
  // The glossary has a fixed size: one piece.
  yield root.end({ prettyPrint: true });
}

/** "rendering — publisher, kind, date, url": checkable at its address. */
const describeAttestation = (a: Attestation): string =>
  `${a.rendering} — ${[a.publisher, a.kind, a.date, a.url].filter(Boolean).join(', ')}`;

export const GLOSSARY_CSV_HEADER = [
  'term',
  'pinyin',
  'recommended',
  'basis',
  'attestations',
  'citations',
  'sources in the library',
  'category',
  'observed renderings',
  'occurrences',
] as const;

/**
 * The glossary as CSV: each entry's published attestations ("rendering — publisher, kind, date, url; …"), citations ("title, publisher, date, url; …"), where the library uses
 * its recommended rendering (or "no source in the library"), the renderings observed in the corpus
 * ("cyber law (12); …") and the number of occurrences.
 */
export async function* glossaryCsv(index: IndexDatabase): ExportStream {
  const evidence = await glossaryEvidence(index);
  const rows = getGlossary().map((entry) => [
    entry.term,
    entry.pinyin,
    entry.recommended,
    entry.basis,
    (entry.attestations ?? []).map(describeAttestation).join(LIST_SEPARATOR),
    (entry.citations ?? []).map((c) => [c.title, c.publisher, c.date, c.url].filter(Boolean).join(', ')).join(LIST_SEPARATOR),
    evidence.sourceLine(entry.term, entry.recommended),
    entry.category,
    describeCounts(evidence.renderingsOf(entry.term)),
    evidence.occurrencesOf(entry.term),
  ]);
  yield toCsv(GLOSSARY_CSV_HEADER, rows);
}

export const NOTES_CSV_HEADER = [
  'slug',
  'bead',
  'severity',
  'kind',
  'term',
  'rendering',
  'recommended',
  'other term',
  'other renderings',
  'message',
  'link',
] as const;

/**
 * Every note of every bilingual document as CSV, the number check included, in checklist order (worst
 * first); bead numbers are 1-based, as the reader shows them, and each row links to its bead. `notesOf` gives a
 * document's notes: the index's (the project glossary's) by default; with `translation`, only the documents whose
 * English is a translation of that kind.
 */
export async function* notesCsv(
  index: IndexDatabase,
  notesOf: (doc: IndexedDocument) => readonly CheckNote[] = (doc) => doc.notes,
  translation?: TranslationKind,
): ExportStream {
  yield toCsvRow(NOTES_CSV_HEADER) + CSV_LINE_BREAK;
  for await (const doc of bilingualDocumentsOf(index, translation)) {
    const rows = groupNotes(doc.meta.slug, notesOf(doc)).flatMap((item) =>
      item.notes.map((note) =>
        note.kind === 'number-mismatch'
          ? [note.slug, note.bead + 1, note.severity, note.kind, note.text, '', '', '', '', note.message, beadLink(note.slug, note.bead)]
          : [
              note.slug,
              note.bead + 1,
              note.severity,
              note.kind,
              note.term,
              note.rendering ?? '',
              note.recommended,
              note.otherTerm ?? '',
              describeCounts(note.others),
              note.message,
              beadLink(note.slug, note.bead),
            ],
      ),
    );
    yield rows.map((row) => toCsvRow(row) + CSV_LINE_BREAK).join('');
  }
}
