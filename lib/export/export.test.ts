import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusIndex, indexedCorpus } from '../../tests/unit/corpus-index';
import { getGlossary } from '../glossary';
import type { IndexDatabase } from '../store';
import {
  GLOSSARY_CSV_HEADER,
  NOTES_CSV_HEADER,
  glossaryCsv,
  notesCsv,
  toCsv,
  toSentenceTmx,
  toTbx,
  toTmx,
  type ExportStream,
} from './index';

/** An export as the server sends it: its chunks, joined. */
async function written(build: (index: IndexDatabase) => ExportStream): Promise<string> {
  let text = '';
  for await (const chunk of build(await corpusIndex())) text += chunk;
  return text;
}

const bilingualDocuments = async () => (await indexedCorpus()).filter((doc) => doc.kind === 'bilingual');
type Unit = { '@tuid': string; prop: Array<{ '@type': string; '#text': string }>; tuv: Array<{ '@xml:lang': string; seg: string }> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['tu', 'tuv', 'prop', 'termEntry', 'langSet', 'tig'].includes(name),
  parseTagValue: false,
});

/** An RFC 4180 reader, independent of the writer: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field === '' && row.length === 0, 'text ends with CRLF').toBe(true);
  return rows;
}

describe('toTmx', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed XML tree
  let tmx: any;
  let units: Unit[];
  beforeAll(async () => {
    tmx = parser.parse(await written(toTmx));
    units = tmx.tmx.body.tu as Unit[];
  });

  it('holds one tu per bead with text on both sides', async () => {
    const expected = (await bilingualDocuments()).reduce(
      (sum, { beads }) => sum + beads.filter((b) => b.zh.length > 0 && b.en.length > 0).length,
      0,
    );
    expect(units.length).toBe(expected);
    expect(tmx.tmx['@version']).toBe('1.4');
    expect(tmx.tmx.header['@srclang']).toBe('zh-CN');
  });
  it('gives each tu a zh-CN and an en variant and the slug and bead as props', () => {
    for (const tu of units) {
      expect(tu.tuv.map((v) => v['@xml:lang'])).toEqual(['zh-CN', 'en']);
      expect(tu.tuv.every((v) => v.seg.trim().length > 0)).toBe(true);
      expect(tu.prop.map((p) => p['@type'])).toEqual(['x-slug', 'x-bead']);
    }
    const first = units.find((tu) => tu['@tuid'] === 'qiushi-2024-14-cyber-law#4');
    expect(first?.tuv[0]?.seg.startsWith('法治兴则国兴,法治强则国强。')).toBe(true);
    expect(first?.tuv[1]?.seg.startsWith('When the rule of law is prosperous')).toBe(true);
  });
});

describe('toSentenceTmx', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed XML tree
  let tmx: any;
  let units: Unit[];
  beforeAll(async () => {
    tmx = parser.parse(await written(toSentenceTmx));
    units = tmx.tmx.body.tu as Unit[];
  });

  it('holds one tu per sentence pair with text on both sides, and none for what one side leaves out', async () => {
    const pairs = (await bilingualDocuments()).flatMap((doc) => doc.sentences.flat());
    expect(pairs.some((p) => p.zh.length === 0 || p.en.length === 0)).toBe(true);
    expect(units.length).toBe(pairs.filter((p) => p.zh.length > 0 && p.en.length > 0).length);
    expect(tmx.tmx.header['@segtype']).toBe('sentence');
  });

  it('splits a bead into its sentences: the first pair of the cyber-law bead 4 is its first sentence', () => {
    const unit = units.find((tu) => tu['@tuid'] === 'qiushi-2024-14-cyber-law#4.1');
    expect(unit?.tuv[0]?.seg).toBe('法治兴则国兴,法治强则国强。');
    expect(unit?.tuv[1]?.seg.startsWith('When the rule of law is prosperous')).toBe(true);
    expect(unit?.tuv[1]?.seg.length).toBeLessThan(200);
    expect(unit?.prop.map((p) => p['#text'])).toEqual(['qiushi-2024-14-cyber-law', '4', '1']);
  });
});

describe('toTbx', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed XML tree
  let tbx: any;
  let entries: Array<{
    langSet: Array<{ '@xml:lang': string; tig: Array<{ term: string; termNote?: { '#text': string } }>; note?: string }>;
  }>;
  beforeAll(async () => {
    tbx = parser.parse(await written(toTbx));
    entries = tbx.martif.text.body.termEntry;
  });

  it('holds one termEntry per glossary entry', () => {
    expect(tbx.martif['@type']).toBe('TBX-Basic');
    expect(entries.length).toBe(getGlossary().length);
  });
  it('gives 网络法治 its pinyin, the recommended rendering as preferred, the variants as admitted and observed counts', () => {
    const entry = entries.find((e) => e.langSet[0]?.tig[0]?.term === '网络法治');
    const [zh, en] = entry?.langSet ?? [];
    expect(zh?.['@xml:lang']).toBe('zh');
    expect(zh?.tig[0]).toMatchObject({ note: 'pinyin: wǎngluò fǎzhì' });
    expect(en?.tig.map((t) => [t.term, t.termNote?.['#text']])).toEqual([
      ['rule of law in cyberspace', 'preferredTerm-admn-sts'],
      ...getGlossary()
        .find((g) => g.term === '网络法治')!
        .variants.map((v) => [v, 'admittedTerm-admn-sts']),
    ]);
    expect(en?.note).toMatch(/^observed in the corpus: cyber rule of law \(29\); network rule of law \(13\); cyber law \(1\d\)/);
  });
});

describe('CSV exports', () => {
  it('quotes commas, quotes and line breaks so that fields read back as written', () => {
    const tricky = ['a, b', 'say "hi"', 'two\r\nlines', 'plain'];
    expect(parseCsv(toCsv(['x', 'y', 'z', 'w'], [tricky]))).toEqual([['x', 'y', 'z', 'w'], tricky]);
  });
  it('glossary.csv: one row per entry, every row with the header’s columns, quoted fields intact', async () => {
    const rows = parseCsv(await written(glossaryCsv));
    expect(rows[0]).toEqual([...GLOSSARY_CSV_HEADER]);
    expect(rows.length).toBe(getGlossary().length + 1);
    for (const row of rows) expect(row.length).toBe(GLOSSARY_CSV_HEADER.length);
    const column = (name: (typeof GLOSSARY_CSV_HEADER)[number]) => GLOSSARY_CSV_HEADER.indexOf(name);
    const governance = rows.find((r) => r[0] === '依法治网');
    expect(governance?.[column('basis')]).toBe('most recent official usage: State Council Information Office, 2023-03');
    expect(governance?.[column('citations')]).toBe(
      "China's Law-Based Cyberspace Governance in the New Era, State Council Information Office of the People's Republic of China, 2023-03",
    );
    expect(governance?.[column('sources in the library')]).toBe('no source in the library');
    const attested = getGlossary().find((e) => e.term === '网络强国')!.attestations ?? [];
    const listed = rows.find((r) => r[0] === '网络强国')?.[column('attestations')]?.split('; ') ?? [];
    expect(listed.length).toBe(attested.length);
    attested.forEach((a, i) => {
      expect(listed[i]?.startsWith(`${a.rendering} — ${a.publisher}, ${a.kind}, `)).toBe(true);
      expect(listed[i]?.endsWith(a.url)).toBe(true);
    });
    const cyberLaw = rows.find((r) => r[0] === '网络法治');
    expect(cyberLaw?.[column('basis')]).toBe('most recent official usage: State Council Information Office, 2023-03');
    expect(cyberLaw?.[column('sources in the library')]).toMatch(
      /^used in 4 documents of the library: White paper, State Council Information Office, March 2023, 2023-03-16 \(2×\);/,
    );
    expect(cyberLaw?.[column('observed renderings')]).toMatch(/^cyber rule of law \(29\); network rule of law \(13\);/);
  });
  it('notes.csv: every note of every document with its severity and a link to its bead, worst first per document', async () => {
    const rows = parseCsv(await written(notesCsv));
    expect(rows[0]).toEqual([...NOTES_CSV_HEADER]);
    for (const row of rows) expect(row.length).toBe(NOTES_CSV_HEADER.length);
    const column = (name: (typeof NOTES_CSV_HEADER)[number]) => NOTES_CSV_HEADER.indexOf(name);
    const body = rows.slice(1);
    expect(new Set(body.map((r) => r[column('kind')]))).toEqual(
      new Set(['non-recommended', 'inconsistent', 'shared-rendering', 'not-found', 'number-mismatch']),
    );
    for (const r of body) expect(r[column('link')]).toBe(`/read/${r[column('slug')]}#b${r[column('bead')]}`);
    const inconsistent = body.find(
      (r) => r[0] === 'qiushi-2024-14-cyber-law' && r[column('term')] === '网络法治' && r[column('kind')] === 'inconsistent',
    );
    expect(inconsistent?.[column('severity')]).toBe('warning');
    expect(inconsistent?.[column('other renderings')]).toMatch(/^cyber rule of law \(29\); network rule of law \(13\); /);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const essay = body.filter((r) => r[0] === 'qiushi-2024-14-cyber-law').map((r) => rank[r[column('severity')] ?? ''] ?? -1);
    expect(essay).toEqual([...essay].sort((a, b) => a - b));
    expect(body.find((r) => r[column('kind')] === 'number-mismatch' && r[column('term')] === '十九')?.[column('link')]).toBe(
      '/read/qiushi-2024-14-self-confidence#b64',
    );
  });
});
