import { create } from 'xmlbuilder2';
import { beadText, documentSentences, getAlignedDocuments } from '../bitext';
import { unitIdsOf } from '../corpus';
import { getGlossary } from '../glossary';
import { beadLink, checklistFor, getCorpusOccurrences, renderingsOf, termSources } from '../terms';
import type { RenderingCount } from '../terms';
import { toCsv } from './csv';

export { toCsv } from './csv';

const TOOL = { name: 'qiushi-parallel', version: '0.1.0' };
/** Separates renderings inside one CSV field. */
const LIST_SEPARATOR = '; ';

const describeCounts = (counts: readonly RenderingCount[]) => counts.map((r) => `${r.example} (${r.count})`).join(LIST_SEPARATOR);

type TmxBody = ReturnType<ReturnType<typeof create>['ele']>;

/** A TMX 1.4b document of `segtype` whose body `fill` writes. */
function tmx(segtype: 'paragraph' | 'sentence', fill: (body: TmxBody) => void): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
  root.ele('header', {
    creationtool: TOOL.name,
    creationtoolversion: TOOL.version,
    segtype,
    'o-tmf': 'qiushi-parallel',
    adminlang: 'en',
    srclang: 'zh-CN',
    datatype: 'plaintext',
  });
  fill(root.ele('body'));
  return root.end({ prettyPrint: true });
}

/** A tu's properties, in order; a type may repeat (one x-source-id per source unit). */
type Props = ReadonlyArray<readonly [type: string, value: string]>;

/** The ids of the imported file's units that a bead or sentence pair comes from, as props (lib/corpus SourceUnit). */
const sourceIdProps = (ids: readonly string[]): Props => ids.map((id) => ['x-source-id', id] as const);

function addUnit(body: TmxBody, tuid: string, props: Props, zhText: string, enText: string) {
  const tu = body.ele('tu', { tuid });
  for (const [type, value] of props) tu.ele('prop', { type }).txt(value);
  tu.ele('tuv', { 'xml:lang': 'zh-CN' }).ele('seg').txt(zhText);
  tu.ele('tuv', { 'xml:lang': 'en' }).ele('seg').txt(enText);
}

/**
 * TMX 1.4b of every aligned bead of every bilingual document that has text on both sides: one tu per
 * bead, zh-CN source, with the document slug and 1-based bead number as props, and for a document
 * imported from a bilingual file the ids of the file's units it holds (x-source-id), which map it back.
 */
export function toTmx(): string {
  return tmx('paragraph', (body) => {
    for (const { doc, zh, en, beads } of getAlignedDocuments()) {
      beads.forEach((bead, index) => {
        const zhText = beadText(zh, bead.zh);
        const enText = beadText(en, bead.en);
        if (zhText.trim() === '' || enText.trim() === '') return;
        const props: Props = [['x-slug', doc.meta.slug], ['x-bead', String(index + 1)], ...sourceIdProps(unitIdsOf(doc.units, bead))];
        addUnit(body, `${doc.meta.slug}#${index + 1}`, props, zhText, enText);
      });
    }
  });
}

/**
 * TMX 1.4b of every aligned sentence pair: one tu per sentence bead with text on both sides (what
 * one side leaves out is no translation unit), with the slug, bead and sentence-pair numbers as props,
 * and the source unit ids of its paragraphs as toTmx gives them.
 */
export function toSentenceTmx(): string {
  return tmx('sentence', (body) => {
    for (const { doc } of getAlignedDocuments()) {
      documentSentences(doc).forEach((sentenceBeads, index) => {
        sentenceBeads.forEach((pair, k) => {
          if (pair.zh.length === 0 || pair.en.length === 0) return;
          const paragraphs = { zh: pair.zh.map((s) => s.paragraph), en: pair.en.map((s) => s.paragraph) };
          const props: Props = [
            ['x-slug', doc.meta.slug],
            ['x-bead', String(index + 1)],
            ['x-sentence', String(k + 1)],
            ...sourceIdProps(unitIdsOf(doc.units, paragraphs)),
          ];
          addUnit(
            body,
            `${doc.meta.slug}#${index + 1}.${k + 1}`,
            props,
            pair.zh.map((s) => s.text).join(''),
            pair.en.map((s) => s.text).join(' '),
          );
        });
      });
    }
  });
}

/**
 * TBX-Basic of the glossary: one termEntry per entry, the Chinese term with its pinyin, the recommended
 * English as preferred and the variants as admitted, with how often the corpus renders the term each way.
 */
export function toTbx(): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('martif', { type: 'TBX-Basic', 'xml:lang': 'en' });
  const header = root.ele('martifHeader');
  header
    .ele('fileDesc')
    .ele('sourceDesc')
    .ele('p')
    .txt('Qiushi Parallel glossary of Chinese political terms, with renderings observed in the aligned corpus');
  header.ele('encodingDesc').ele('p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');
  const body = root.ele('text').ele('body');
  const occurrences = getCorpusOccurrences();
  for (const entry of getGlossary()) {
    const observed = renderingsOf(entry.term, occurrences);
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
    for (const variant of entry.variants) {
      const tig = en.ele('tig');
      tig.ele('term').txt(variant);
      tig.ele('termNote', { type: 'administrativeStatus' }).txt('admittedTerm-admn-sts');
    }
    en.ele('note').txt(observed.length > 0 ? `observed in the corpus: ${describeCounts(observed)}` : 'not observed in the corpus');
  }
  return root.end({ prettyPrint: true });
}

export const GLOSSARY_CSV_HEADER = [
  'term',
  'pinyin',
  'recommended',
  'basis',
  'citations',
  'sources in the library',
  'category',
  'observed renderings',
  'occurrences',
] as const;

/**
 * The glossary as CSV: each entry's citations ("title, publisher, date, url; …"), where the library uses
 * its recommended rendering (or "no source in the library"), the renderings observed in the corpus
 * ("cyber law (12); …") and the number of occurrences.
 */
export function glossaryCsv(): string {
  const occurrences = getCorpusOccurrences();
  const rows = getGlossary().map((entry) => [
    entry.term,
    entry.pinyin,
    entry.recommended,
    entry.basis,
    (entry.citations ?? []).map((c) => [c.title, c.publisher, c.date, c.url].filter(Boolean).join(', ')).join(LIST_SEPARATOR),
    termSources(entry.term)?.summary ?? '',
    entry.category,
    describeCounts(renderingsOf(entry.term, occurrences)),
    occurrences.filter((o) => o.term === entry.term).length,
  ]);
  return toCsv(GLOSSARY_CSV_HEADER, rows);
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
 * first); bead numbers are 1-based, as the reader shows them, and each row links to its bead.
 */
export function notesCsv(): string {
  const rows = getAlignedDocuments().flatMap(({ doc }) =>
    checklistFor(doc.meta.slug).items.flatMap((item) =>
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
    ),
  );
  return toCsv(NOTES_CSV_HEADER, rows);
}
