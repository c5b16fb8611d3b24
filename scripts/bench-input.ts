/**
 * The worst inputs found for each function that walks what a user sends: the query parser, the glossary's CSV
 * and TBX readers, the bilingual-file reader, alignment.tsv, the paragraph splitter, the segmenter and the
 * export's unit look-up. Each is timed at n and 2n: a ratio near 2 is linear, near 4 quadratic.
 *
 *   npm run bench:input
 */
import { parseAlignment, splitParagraphs, unitIdsOf } from '../lib/corpus';
import { parseGlossaryCsv, parseGlossaryTbx } from '../lib/glossary';
import { parseBitext } from '../lib/import';
import { parsePinyinQuery } from '../lib/search/text';
import { createSegmenter } from '../lib/segment';
import { timed } from './lib/measure';

const segmenter = createSegmenter();

/** What is timed at size n: built first (untimed), then run. */
interface Case {
  name: string;
  sizes: [number, number];
  unit: string;
  build: (n: number) => () => unknown;
}

const tmx = (units: string) => `<?xml version="1.0"?><tmx version="1.4"><header/><body>${units}</body></tmx>`;
const tu = (k: number) =>
  `<tu tuid="${k}"><tuv xml:lang="zh-CN"><seg>网络法治${k}</seg></tuv><tuv xml:lang="en"><seg>cyber rule of law ${k}</seg></tuv></tu>`;
const tbxEntry = (k: number) =>
  `<termEntry><langSet xml:lang="zh"><tig><term>${'网络法治'.slice(0, 1 + (k % 4))}${String.fromCodePoint(0x4e00 + k)}</term></tig></langSet><langSet xml:lang="en"><tig><term>term ${k}</term></tig></langSet></termEntry>\n`;
const attempt = (run: () => unknown) => () => {
  try {
    return run();
  } catch (error) {
    return error;
  }
};

const CASES: Case[] = [
  { name: 'pinyin query: "wangluo" n times', sizes: [14, 28], unit: 'repeats', build: (n) => () => parsePinyinQuery('wangluo'.repeat(n)) },
  { name: 'pinyin query: "xian" n times', sizes: [25, 50], unit: 'repeats', build: (n) => () => parsePinyinQuery('xian'.repeat(n)) },
  {
    name: 'glossary CSV: n records',
    sizes: [20_000, 40_000],
    unit: 'records',
    build: (n) => {
      const rows = Array.from(
        { length: n },
        (_, k) =>
          `${String.fromCodePoint(0x4e00 + (k % 20_000))}${String.fromCodePoint(0x4e00 + Math.floor(k / 20_000))},"term ""${k}""",a|b,`,
      );
      const text = `zh,recommended,variants,note\n${rows.join('\n')}\n`;
      return attempt(() => parseGlossaryCsv(text, 'bench.csv'));
    },
  },
  {
    name: 'glossary CSV: one quoted field of n doubled quotes',
    sizes: [500_000, 1_000_000],
    unit: 'quotes',
    build: (n) => {
      const text = `zh,recommended,variants,note\n网,"${'""'.repeat(n)}",,\n`;
      return attempt(() => parseGlossaryCsv(text, 'bench.csv'));
    },
  },
  {
    name: 'glossary TBX: n termEntry',
    sizes: [4_000, 8_000],
    unit: 'entries',
    build: (n) => {
      const text = `<martif type="TBX"><text><body>\n${Array.from({ length: n }, (_, k) => tbxEntry(k)).join('')}</body></text></martif>`;
      return attempt(() => parseGlossaryTbx(text, 'bench.tbx'));
    },
  },
  {
    name: 'TMX: n units',
    sizes: [5_000, 10_000],
    unit: 'units',
    build: (n) => {
      const text = tmx(Array.from({ length: n }, (_, k) => tu(k)).join('\n'));
      return attempt(() => parseBitext({ name: 'bench.tmx', text }));
    },
  },
  {
    name: 'XLIFF 1.2: n <file> of one unit each',
    sizes: [5_000, 10_000],
    unit: 'files',
    build: (n) => {
      const files = Array.from(
        { length: n },
        (_, k) =>
          `<file original="f${k}" source-language="zh" target-language="en"><body><trans-unit id="1"><source>网络法治${k}</source><target>cyber rule of law ${k}</target></trans-unit></body></file>`,
      );
      const text = `<xliff version="1.2">${files.join('\n')}</xliff>`;
      return attempt(() => parseBitext({ name: 'bench.xlf', text }));
    },
  },
  {
    name: 'TMX: a segment nested n elements deep',
    sizes: [100_000, 200_000],
    unit: 'levels',
    build: (n) => {
      const text = tmx(
        `<tu><tuv xml:lang="zh"><seg>${'<hi>'.repeat(n)}网${'</hi>'.repeat(n)}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>`,
      );
      return attempt(() => parseBitext({ name: 'bench.tmx', text }));
    },
  },
  {
    name: 'alignment.tsv: n beads',
    sizes: [50_000, 100_000],
    unit: 'lines',
    build: (n) => {
      const text = Array.from({ length: n }, (_, k) => `${k}\t${k}\tperson`).join('\n');
      return attempt(() => parseAlignment(text, { zh: n, en: n }, 'alignment.tsv'));
    },
  },
  {
    name: 'paragraphs: n lines of text and blank lines',
    sizes: [100_000, 200_000],
    unit: 'lines',
    build: (n) => {
      const text = Array.from({ length: n }, (_, k) => (k % 3 === 2 ? ' \t' : `网络法治 ${k}`)).join('\r\n');
      return () => splitParagraphs(text);
    },
  },
  { name: 'segmenter: "法治" n times', sizes: [1_250, 2_500], unit: 'repeats', build: (n) => () => segmenter.segmentHan('法治'.repeat(n)) },
  {
    name: 'export: the unit ids of each of n beads (n units)',
    sizes: [5_000, 10_000],
    unit: 'beads',
    build: (n) => {
      const units = Array.from({ length: n }, (_, k) => ({ zh: [k], en: [k], id: `u${k}` }));
      return () => units.map((unit) => unitIdsOf(units, unit));
    },
  },
];

const rows = CASES.map(({ name, sizes, unit, build }) => {
  const [small, large] = sizes.map((n) => {
    const run = build(n);
    run();
    return Math.min(...Array.from({ length: 3 }, () => timed(run).ms));
  }) as [number, number];
  return {
    input: name,
    n: `${sizes.join(' → ')} ${unit}`,
    'ms at n': small.toFixed(1),
    'ms at 2n': large.toFixed(1),
    ratio: (large / small).toFixed(1),
  };
});
console.log('best of 3 runs after one untimed; ratio near 2: linear, near 4: quadratic');
console.table(rows);
