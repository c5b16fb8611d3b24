import { describe, expect, it } from 'vitest';
import { corpusDocument, corpusIndex, corpusOccurrences, indexed, termNotesFor as notesFor } from '../../tests/unit/corpus-index';
import { getTermView } from '../reader/terms';
import { termEvidence } from '../store';
import { holdsRendering } from './english';
import { findOccurrences, normalizeRendering, renderingsOf } from './index';

const SLUG = 'qiushi-2024-14-cyber-law';
const essay = async () => (await indexed(SLUG)).occurrences;
const getCorpusOccurrences = corpusOccurrences;
const suggestVariants = async (term: string) => (await getTermView(await corpusIndex(), term))?.suggestions ?? [];
const englishOnlyEvidence = async (term: string) => termEvidence(await corpusIndex(), term);
const getDocument = corpusDocument;
const oneBead = [{ zh: [0], en: [0], confidence: 1 }];

describe('normalizeRendering', () => {
  it('folds case, plural, hyphens, articles and the possessive', async () => {
    expect(normalizeRendering('The Cyber-Powers')).toBe('cyber power');
    expect(normalizeRendering('rule of law on the Internet')).toBe('rule of law on internet');
    expect(normalizeRendering("China's Laws")).toBe('china law');
    expect(normalizeRendering('the process of a status')).toBe('process of status');
  });
});

describe('holdsRendering', () => {
  it('takes an official long form, "A of B", another part of speech or a determiner for the same rendering', () => {
    expect(holdsRendering('19th National Congress of the Communist Party of China', '19th CPC National Congress')).toBe(true);
    expect(holdsRendering('protection of personal information', 'Personal Information Protection')).toBe(true);
    expect(holdsRendering('independently', 'independence')).toBe(true);
    expect(holdsRendering('historical nihilists', 'historical nihilism')).toBe(true);
    expect(holdsRendering('confidence in the path', 'confidence in its path')).toBe(true);
    expect(holdsRendering('Global Artificial Intelligence Governance Initiative', 'Global AI Governance Initiative')).toBe(true);
  });
  it('takes a longer phrase holding the rendering, compounds included, and nothing else', () => {
    expect(holdsRendering('great rejuvenation of the Chinese nation', 'rejuvenation of the Chinese nation')).toBe(true);
    expect(holdsRendering('strong cyber power', 'cyberpower')).toBe(true);
    expect(holdsRendering('network power', 'cyberpower')).toBe(false);
    expect(holdsRendering('Xi Jinping’s rule of law thought', 'Xi Jinping Thought on the Rule of Law')).toBe(false);
    expect(holdsRendering('Party Central Committee', 'CPC Central Committee')).toBe(false);
    expect(holdsRendering('cyber law', 'rule of law in cyberspace')).toBe(false);
  });
  it("takes a long rendering's first word as an adjective with the compound's head noun after it, once, and nothing looser", () => {
    expect(holdsRendering('socialist culture with Chinese characteristics', 'socialism with Chinese characteristics')).toBe(true);
    expect(holdsRendering('socialist culture and with Chinese characteristics', 'socialism with Chinese characteristics')).toBe(false);
    expect(holdsRendering('socialist advanced culture with Chinese characteristics', 'socialism with Chinese characteristics')).toBe(false);
    expect(holdsRendering('socialist culture, with Chinese characteristics', 'socialism with Chinese characteristics')).toBe(false);
    // An adverb qualifies a verb, not a head noun; a short rendering takes nothing inside.
    expect(holdsRendering('comprehensively promote the rule of law', 'comprehensive rule of law')).toBe(false);
    expect(holdsRendering('Chinese people nation', 'Chinese nation')).toBe(false);
  });
});

describe('findOccurrences', () => {
  it('gives the English of one term of a pair to that term, not to the other as a variant', async () => {
    // 网信 lists "cyber security" among its variants; with 网络安全 in the bead, that English is 网络安全's.
    const zh = ['网信部门维护网络安全。'];
    const en = ['Cyber security departments keep the network safe.'];
    expect(findOccurrences('x', zh, en, oneBead).map((o) => [o.term, o.rendering])).toEqual([
      ['网信', null],
      ['网络安全', 'Cyber security'],
    ]);
  });
  it('matches no rendering across a comma', async () => {
    const zh = ['网络法治。'];
    const en = ['Online, rule of law matters.'];
    expect(findOccurrences('x', zh, en, oneBead).map((o) => o.rendering)).toEqual([null]);
  });
  it('gives a longer rendering precedence over one it contains, and assigns renderings one to one in reading order', async () => {
    const zh = ['网络强国和网络强国不同于网络大国。'];
    const en = ['A strong cyber power and a cyber power differ from a major cyber power.'];
    const found = findOccurrences('x', zh, en, oneBead).map((o) => [o.term, o.zh.start, o.rendering, o.en?.start]);
    expect(found).toEqual([
      ['网络强国', 0, 'strong cyber power', 2],
      ['网络强国', 5, 'cyber power', 27],
      ['网络大国', 12, 'major cyber power', 53],
    ]);
  });
  it('tolerates "A of B" turned round and compounds', async () => {
    const zh = ['网络法治与网络强国。'];
    const en = ['Cyberspace rule of law and a cyberpower.'];
    expect(findOccurrences('x', zh, en, oneBead).map((o) => o.rendering)).toEqual(['Cyberspace rule of law', 'cyberpower']);
  });
  it('leaves an occurrence without rendering when the English has none, and counts only whole words', async () => {
    // 网络空间 inside 网络空间命运共同体 is part of another term, not an occurrence of its own.
    const zh = ['网络法治。网络空间命运共同体。'];
    const en = ['Law-making online. A community with a shared future in cyberspace.'];
    expect(findOccurrences('x', zh, en, oneBead).map((o) => [o.term, o.rendering])).toEqual([
      ['网络法治', null],
      ['网络空间命运共同体', 'community with a shared future in cyberspace'],
    ]);
  });
});

describe('renderings in the cyber-law essay', () => {
  it('renders 网络法治 in eight ways, all of them in the text', async () => {
    const renderings = renderingsOf('网络法治', await essay()).map((r) => [r.example, r.count]);
    expect(renderings).toEqual([
      ['cyber rule of law', 29],
      ['network rule of law', 13],
      ['cyber law', 11],
      ['Internet rule of law', 3],
      ['network legal system', 2],
      ['rule of law on the Internet', 2],
      ['cyber legal system', 1],
      ['network legal', 1],
    ]);
    const en = getDocument(SLUG)?.en ?? [];
    for (const o of (await essay()).filter((x) => x.term === '网络法治' && x.en)) {
      expect(en[o.en!.paragraph]?.slice(o.en!.start, o.en!.end), `bead ${o.bead}`).toBe(o.rendering);
    }
  });
  it('finds "strong cyber power" where it stands and does not count it again as "cyber power"', async () => {
    const en = getDocument(SLUG)?.en ?? [];
    const all = await essay();
    const strong = all.filter((o) => o.rendering === 'strong cyber power');
    expect(strong.map((o) => [o.term, o.zh.paragraph, o.en?.paragraph])).toEqual([['网络强国', 13, 12]]);
    const span = strong[0]!.en!;
    expect(en[12]?.slice(span.start, span.end)).toBe('strong cyber power');
    const inside = all.filter((o) => o !== strong[0] && o.en?.paragraph === 12 && o.en.start < span.end && span.start < o.en.end);
    expect(inside).toEqual([]);
    expect(renderingsOf('网络强国', all).map((r) => [r.rendering, r.count])).toEqual([
      ['cyber power', 13],
      ['network power', 1],
      ['strong cyber power', 1],
    ]);
  });
  it('never claims an English span twice', async () => {
    const spans = (await getCorpusOccurrences()).flatMap((o) => (o.en ? [`${o.slug} ${o.en.paragraph} ${o.en.start} ${o.en.end}`] : []));
    expect(new Set(spans).size).toBe(spans.length);
  });
});

describe('notesFor', () => {
  it('flags 网络法治 as inconsistent in the cyber-law essay, naming the other renderings', async () => {
    const notes = (await notesFor(SLUG)).filter((n) => n.term === '网络法治' && n.kind === 'inconsistent');
    expect(notes.length).toBeGreaterThan(0);
    const first = notes[0]!;
    expect(first.recommended).toBe('rule of law in cyberspace');
    expect(first.others.map((r) => r.rendering)).not.toContain(normalizeRendering(first.rendering ?? ''));
    expect(first.message).toBe(
      '网络法治 is rendered “cyber law” here and 7 other ways in this document; the glossary recommends “rule of law in cyberspace”.',
    );
  });
  it('flags 网络法治 and 依法治网 sharing "rule of law on the Internet"', async () => {
    const shared = (await notesFor(SLUG)).filter((n) => n.kind === 'shared-rendering' && n.term === '网络法治');
    expect(shared.map((n) => [n.bead, n.otherTerm, n.rendering])).toEqual([
      [23, '依法治网', 'rule of law on the Internet'],
      [24, '依法治网', 'rule of law on the Internet'],
    ]);
  });
  it('flags an occurrence whose rendering is not found, and not one rendered "network legal" (网络法治教育研究, "network legal education research")', async () => {
    const missing = (await notesFor(SLUG)).filter((n) => n.kind === 'not-found');
    expect(missing.filter((n) => n.term === '网络法治')).toEqual([]);
    expect(missing.map((n) => n.term)).toContain('室务会');
  });
});

describe('suggestVariants', () => {
  it('proposes associated n-grams that no known rendering covers, with Dice in (0, 1]', async () => {
    const suggestions = await suggestVariants('网络法治');
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.dice).toBeGreaterThan(0);
      expect(s.dice).toBeLessThanOrEqual(1);
      expect(s.beadsBoth).toBeLessThanOrEqual(s.beadsWith);
      expect(` cyber rule of law `.includes(` ${s.ngram} `), s.ngram).toBe(false);
    }
    expect(await suggestVariants('不是术语')).toEqual([]);
  });
});

describe('englishOnlyEvidence', () => {
  it('finds known renderings of 网络法治 in the English-only documents, spans that hold them', async () => {
    const evidence = await englishOnlyEvidence('网络法治');
    expect(new Set(evidence.map((e) => e.slug)).size).toBeGreaterThan(1);
    expect(evidence.map((e) => normalizeRendering(e.rendering))).toContain('internet rule of law');
    for (const e of evidence) expect(getDocument(e.slug)?.en?.[e.paragraph]?.slice(e.start, e.end)).toBe(e.rendering);
  });
});
