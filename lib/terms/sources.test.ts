import { beforeAll, describe, expect, it } from 'vitest';
import { corpusDocument, corpusIndex, corpusOccurrences } from '../../tests/unit/corpus-index';
import { getGlossary } from '../glossary';
import { documentMetas, termEvidence, termOccurrences } from '../store';
import {
  NO_LIBRARY_SOURCE,
  normalizeRendering,
  publishedRenderings,
  renderingsOverTime,
  termSources,
  type DocumentAttestation,
  type TermData,
} from './index';

const ESSAY = 'qiushi-2024-14-cyber-law';

/** What the library index holds of a term, as the term page gathers it. */
async function termData(term: string): Promise<TermData> {
  const index = await corpusIndex();
  const [occurrences, evidence] = await Promise.all([termOccurrences(index, term), termEvidence(index, term)]);
  return {
    occurrences,
    evidence,
    documents: await documentMetas(
      index,
      [...occurrences, ...evidence].map((o) => o.slug),
    ),
  };
}
const sourcesOf = async (term: string) => termSources(term, await termData(term));

describe('renderingsOverTime', () => {
  let documents: DocumentAttestation[];
  beforeAll(async () => {
    documents = renderingsOverTime('网络法治', await termData('网络法治'));
  });
  it('lists every library document holding 网络法治 in date order, English-only documents included', async () => {
    expect(documents.map((d) => [d.date, d.slug, d.kind])).toEqual([
      ['2023-03-16', 'scio-2023-internet-rule-of-law-white-paper', 'english-only'],
      ['2024-07-16', 'qiushi-2024-14-contents', 'bilingual'],
      ['2024-07-16', ESSAY, 'bilingual'],
      ['2024-08-25', 'hongqi-2024-16-good-laws-good-governance', 'english-only'],
      ['2024-09-01', 'cyber-rule-of-law-thirty-years', 'english-only'],
      ['2024-10-31', 'network-governance-rule-of-law-2024-10', 'english-only'],
    ]);
  });
  it('counts each rendering of the cyber-law essay as renderingsOf does, with the beads where it stands', async () => {
    const essay = documents.find((d) => d.slug === ESSAY);
    expect(essay?.renderings.map((r) => [r.example, r.count])).toEqual([
      ['cyber rule of law', 29],
      ['network rule of law', 13],
      ['cyber law', 11],
      ['Internet rule of law', 3],
      ['network legal system', 2],
      ['rule of law on the Internet', 2],
      ['cyber legal system', 1],
      ['network legal', 1],
    ]);
    expect(essay).toMatchObject({ publisher: 'Qiushi 2024, no. 14', notFound: 0, notFoundBeads: [] });
    const occurrences = (await corpusOccurrences()).filter((o) => o.slug === ESSAY && o.term === '网络法治');
    for (const r of essay?.renderings ?? []) {
      const beads = occurrences
        .filter((o) => o.rendering !== null && normalizeRendering(o.rendering) === r.rendering)
        .map((o) => o.bead + 1);
      expect(r.beads, r.rendering).toEqual([...new Set(beads)]);
    }
  });
  it('gives English-only documents the beads (paragraphs) that hold a listed rendering', async () => {
    const thirtyYears = documents.find((d) => d.slug === 'cyber-rule-of-law-thirty-years');
    const en = corpusDocument('cyber-rule-of-law-thirty-years').en ?? [];
    const recommended = thirtyYears?.renderings.find((r) => r.rendering === 'rule of law in cyberspace');
    expect(recommended?.count).toBe(6);
    for (const b of recommended?.beads ?? []) expect(normalizeRendering(en[b - 1] ?? '')).toContain('rule of law in cyberspace');
  });
});

describe('termSources', () => {
  it('backs the recommendation for 网络法治 with its published source and the documents that use it', async () => {
    const sources = await sourcesOf('网络法治');
    expect(sources).toMatchObject({
      recommended: 'rule of law in cyberspace',
      basis: 'most recent official usage: State Council Information Office, 2023-03',
      unsourced: false,
      citations: [],
    });
    expect(sources?.published.map((p) => p.rendering)).toEqual(['rule of law in cyberspace']);
    expect(sources?.recommendedIn.map((d) => d.slug)).toEqual([
      'scio-2023-internet-rule-of-law-white-paper',
      'hongqi-2024-16-good-laws-good-governance',
      'cyber-rule-of-law-thirty-years',
      'network-governance-rule-of-law-2024-10',
    ]);
    expect(sources?.summary).toBe(
      'used in 4 documents of the library: White paper, State Council Information Office, March 2023, 2023-03-16 (2×); Red Flag Manuscript (Hongqi Wengao) 2024, no. 16, 2024-08-25 (1×); China Network Information 2024, no. 9, 2024-09-01 (6×); Outlook New Era (lwxsd.com), 2024-10-31 (1×)',
    );
  });
  it('says plainly when no document of the library uses the recommendation, and keeps the citation', async () => {
    const sources = await sourcesOf('依法治网');
    expect(sources?.summary).toBe(NO_LIBRARY_SOURCE);
    expect(sources?.documents.length).toBeGreaterThan(0);
    expect(sources?.citations).toEqual([
      {
        title: "China's Law-Based Cyberspace Governance in the New Era",
        publisher: "State Council Information Office of the People's Republic of China",
        date: '2023-03',
      },
    ]);
    expect(await sourcesOf('不是术语')).toBeUndefined();
  });
  it('shows the renderings of sources that disagree side by side, with their dates, best source first', async () => {
    const published = (await sourcesOf('网络强国'))?.published ?? [];
    expect(published.map((p) => [p.rendering, p.sources.map((s) => `${s.kind} ${s.date ?? 'undated'}`)])).toEqual([
      ['cyberpower', ['state-media 2014-03-03']],
      ['cyber superpower', ['scholarly 2018-05-31']],
      ['Cyber Great Power', ['scholarly undated']],
      // China Keywords' entry as a minor site reposts it: other.
      ['build China into a cyber power', ['other undated']],
    ]);
    // Two sources giving one rendering, up to case and plural, are one row.
    const at = (rendering: string, date: string) => ({
      rendering,
      publisher: 'p',
      date,
      url: 'https://example.org/',
      kind: 'official' as const,
    });
    expect(
      publishedRenderings({ attestations: [at('Smart Court', '2017'), at('smart courts', '2022'), at('intelligent court', '2020')] }),
    ).toEqual([
      { rendering: 'smart courts', key: 'smart court', sources: [at('smart courts', '2022'), at('Smart Court', '2017')] },
      { rendering: 'intelligent court', key: 'intelligent court', sources: [at('intelligent court', '2020')] },
    ]);
  });
  it('says plainly when no published source attests an entry', async () => {
    const unattested = getGlossary().filter((e) => (e.attestations ?? []).length === 0);
    expect(unattested.length).toBeGreaterThan(0);
    for (const entry of unattested) expect((await sourcesOf(entry.term))?.unsourced, entry.term).toBe(true);
  });
});
