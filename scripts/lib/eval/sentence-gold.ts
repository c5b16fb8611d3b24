import { BeadFormatError, scoreBeads, type AlignmentScore, type Bead } from '../../../lib/align';
import { splitSentences, type SentenceBead } from '../../../lib/sentence';
import { seededRandom } from './perturb';

/**
 * A sentence bead named by numbers, as sentence-gold files hold it: the paragraph bead it lies in, and its
 * sentences numbered within that bead (as splitSentences cuts the bead's paragraphs, in order).
 */
export interface SentenceLink {
  bead: number;
  zh: number[];
  en: number[];
}

const INDEX = /^(?:0|[1-9]\d*)$/u;

function parseIndices(text: string, file: string, line: number, what: string): number[] {
  if (text === '') return [];
  return text.split(',').map((part) => {
    if (!INDEX.test(part)) throw new BeadFormatError(file, line, `${what} "${part}" is not a non-negative integer`);
    return Number(part);
  });
}

/** Reads a sentence-gold file: `bead<TAB>zh<TAB>en` per line, `#` comments and blank lines skipped. */
export function parseSentenceLinks(tsv: string, file = '<input>'): SentenceLink[] {
  const links: SentenceLink[] = [];
  tsv.split(/\r\n|\r|\n/u).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fields = raw.split('\t');
    if (fields.length !== 3) throw new BeadFormatError(file, line, `expected 3 tab-separated fields, found ${fields.length}`);
    const [bead] = parseIndices(fields[0]!.trim(), file, line, 'bead');
    if (bead === undefined) throw new BeadFormatError(file, line, 'no paragraph bead');
    const zh = parseIndices(fields[1]!.trim(), file, line, 'zh sentence');
    const en = parseIndices(fields[2]!.trim(), file, line, 'en sentence');
    if (zh.length === 0 && en.length === 0) throw new BeadFormatError(file, line, 'sentence bead has no sentences on either side');
    links.push({ bead, zh, en });
  });
  return links;
}

/** The links of an alignSentences result: each sentence numbered by its place among its bead's sentences. */
export function sentenceLinks(aligned: readonly (readonly SentenceBead[])[]): SentenceLink[] {
  return aligned.flatMap((beads, bead) => {
    let zh = 0;
    let en = 0;
    return beads.map((sentenceBead) => {
      const link = {
        bead,
        zh: sentenceBead.zh.map((_, k) => zh + k),
        en: sentenceBead.en.map((_, k) => en + k),
      };
      zh += sentenceBead.zh.length;
      en += sentenceBead.en.length;
      return link;
    });
  });
}

/** Links as beads over document-wide sentence keys, so that scoreBeads can compare them. */
function asBeads(links: readonly SentenceLink[]): Bead[] {
  const key = (bead: number, k: number) => bead * 1_000_000 + k;
  return links.map((link) => ({ zh: link.zh.map((k) => key(link.bead, k)), en: link.en.map((k) => key(link.bead, k)), confidence: 1 }));
}

/** Exact-match precision, recall and F1 of sentence beads. */
export function scoreSentenceLinks(predicted: readonly SentenceLink[], gold: readonly SentenceLink[]): AlignmentScore {
  return scoreBeads(asBeads(predicted), asBeads(gold));
}

/** Share of the bead's sentences a drop removes (at least one per document): about one in ten. */
const DROP_SHARE = 0.1;

/**
 * Removes some sentences from one side, each the whole side of a 1:1 link in a paragraph that keeps other
 * sentences, so that its partner is left without a counterpart: the texts, and the links redone to match
 * (paragraph beads are unchanged). For measuring omission flags.
 */
export function dropSentences(
  zh: readonly string[],
  en: readonly string[],
  beads: readonly Bead[],
  links: readonly SentenceLink[],
  side: 'zh' | 'en',
  seed: number,
): { zh: string[]; en: string[]; links: SentenceLink[] } {
  const random = seededRandom(seed);
  const texts = { zh: [...zh], en: [...en] };
  const sentences = beads.map((bead) => bead[side].flatMap((p) => splitSentences(texts[side][p] ?? '', side, p)));
  const candidates = links.flatMap((link, k) => {
    if (link.zh.length !== 1 || link.en.length !== 1) return [];
    const sentence = sentences[link.bead]?.[link[side][0]!];
    const siblings = sentences[link.bead]?.filter((s) => s.paragraph === sentence?.paragraph).length ?? 0;
    return sentence && siblings > 1 ? [k] : [];
  });
  const count = Math.max(1, Math.round(candidates.length * DROP_SHARE));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, candidates.length)) chosen.add(candidates[Math.floor(random() * candidates.length)]!);

  // Cut from the end of each paragraph first, so that earlier offsets stay valid.
  const cuts = [...chosen]
    .map((k) => sentences[links[k]!.bead]![links[k]![side][0]!]!)
    .sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const cut of cuts) {
    const text = texts[side][cut.paragraph]!;
    texts[side][cut.paragraph] = text.slice(0, cut.start) + text.slice(cut.end);
  }
  const out: SentenceLink[] = [];
  for (const [k, link] of links.entries()) {
    if (!chosen.has(k)) {
      // Later sentences of the same bead move up by the number cut before them.
      const shift = (index: number) =>
        index - [...chosen].filter((c) => links[c]!.bead === link.bead && links[c]![side][0]! < index).length;
      out.push({ bead: link.bead, zh: side === 'zh' ? link.zh.map(shift) : link.zh, en: side === 'en' ? link.en.map(shift) : link.en });
    } else {
      out.push(side === 'zh' ? { bead: link.bead, zh: [], en: link.en } : { bead: link.bead, zh: link.zh, en: [] });
    }
  }
  return { zh: texts.zh, en: texts.en, links: out };
}
