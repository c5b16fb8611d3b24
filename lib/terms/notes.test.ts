import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOccurrences, indexed, numberNotesFor, termNotesFor } from '../../tests/unit/corpus-index';
import { devDocuments } from '../../scripts/lib/notes-sample';
import { beadText } from '../bitext';
import { findGlossaryEntry, getGlossary, loadUserGlossary, selectGlossary, type Attestation, type GlossaryEntry } from '../glossary';
import {
  checklistFor,
  chineseNumbers,
  englishNumbers,
  findOccurrences,
  groupNotes,
  noteId,
  numberMismatches,
  termNoteSeverity,
  termNotesOf,
  renderingsOf,
  variantCandidates,
  type Checklist,
  type CheckNote,
  type NotesOptions,
} from './index';

const getCorpusOccurrences = corpusOccurrences;
const notesFor = (slug: string, options?: NotesOptions) => termNotesFor(slug, options);
const numberNotes = numberNotesFor;
/** A document's checklist, as the reader builds it from its notes. */
const checklistOf = async (slug: string) => checklistFor(slug, [...(await notesFor(slug)), ...(await numberNotes(slug))]);

const ESSAY = 'qiushi-2024-14-cyber-law';
const SPEECH = 'qiushi-2024-14-self-confidence';

/** The Chinese and English of a real bead (0-based), paragraphs joined by a line break. */
async function bead(slug: string, index: number): Promise<{ zh: string; en: string }> {
  const doc = await indexed(slug);
  const b = doc.beads[index];
  if (!b) throw new Error(`${slug} has no bead ${index}`);
  return { zh: b.zh.map((p) => doc.zh?.[p] ?? '').join('\n'), en: b.en.map((p) => doc.en?.[p] ?? '').join('\n') };
}

describe('severity', () => {
  const source = (rendering: string, kind: Attestation['kind']): Attestation => ({
    rendering,
    publisher: 'A publisher',
    date: '2023',
    url: 'https://example.org/',
    kind,
  });
  const [template] = getGlossary();
  const entry = (attestations: Attestation[]): GlossaryEntry => ({
    ...template!,
    recommended: 'law-based cyberspace governance',
    attestations,
  });
  const official = entry([source('law-based cyberspace governance', 'official'), source('cyber rule of law', 'scholarly')]);
  it('makes a departure from an officially attested recommendation an error, a varying one a warning', () => {
    expect(termNoteSeverity('non-recommended', official, 'Internet rule by law')).toBe('error');
    expect(termNoteSeverity('inconsistent', official, 'Internet rule by law')).toBe('warning');
  });
  it('makes a departure from a recommendation no official source attests at most a warning', () => {
    for (const attestations of [
      [],
      [source('law-based cyberspace governance', 'state-media')],
      [source('law-based cyberspace governance', 'other')],
    ])
      expect(termNoteSeverity('non-recommended', entry(attestations), 'Internet rule by law')).toBe('warning');
  });
  it('makes a rendering the sources themselves use, or a long form holding it, information', () => {
    expect(termNoteSeverity('non-recommended', official, 'cyber rule of law')).toBe('info');
    expect(termNoteSeverity('inconsistent', official, 'the Cyber Rule of Law')).toBe('info');
    expect(termNoteSeverity('non-recommended', official, 'cyber rule of law system')).toBe('info');
  });
  it('keeps not found a warning and a shared rendering information', () => {
    expect(termNoteSeverity('not-found', official, null)).toBe('warning');
    expect(termNoteSeverity('shared-rendering', official, 'cyber law')).toBe('info');
  });
  it('follows the evidence on the cyber-law essay', async () => {
    const notes = await notesFor(ESSAY);
    for (const note of notes)
      expect(note.severity, `${note.kind} ${note.term}`).toBe(termNoteSeverity(note.kind, findGlossaryEntry(note.term)!, note.rendering));
    const pick = (kind: string, term: string) => notes.find((n) => n.kind === kind && n.term === term);
    // 党中央 is "Party Central Committee" here, as Qiushi's English edition has it (2024): no note, where it was three errors.
    expect(notes.filter((n) => n.term === '党中央')).toEqual([]);
    // 电信网络诈骗 departs from the NPC's own "telecom and online fraud" throughout: an error.
    expect(pick('non-recommended', '电信网络诈骗')).toMatchObject({ rendering: 'telecommunications network fraud', severity: 'error' });
    expect(notes.filter((n) => n.severity === 'error').length).toBeLessThan(notes.filter((n) => n.severity === 'warning').length);
  });
});

describe('notes on spacing', () => {
  it('take "cyber power" for the recommended "cyberpower": only a space differs; "strong cyber power" holds it', async () => {
    const power = (await notesFor(ESSAY)).filter((n) => n.term === '网络强国');
    expect([...new Set(power.map((n) => n.rendering))].sort()).toEqual(['network power']);
  });
  it('count the space when strict, as notes did before the checklist', async () => {
    const power = (await notesFor(ESSAY, { strict: true })).filter((n) => n.term === '网络强国');
    expect([...new Set(power.map((n) => n.rendering))].sort()).toEqual(['cyber power', 'network power', 'strong cyber power']);
    expect((await notesFor(ESSAY, { strict: true })).length).toBeGreaterThan((await notesFor(ESSAY)).length);
  });
});

describe('notes on enumerations', () => {
  it('raise no not-found for the members of 道路自信、理论自信、制度自信、文化自信, which English factors ("confidence in the path, theory, system and culture")', async () => {
    const members = ['道路自信', '理论自信', '制度自信', '文化自信'];
    const unrendered = (await getCorpusOccurrences())
      .filter((o) => o.slug === SPEECH && o.bead === 29 && o.rendering === null)
      .map((o) => o.term);
    expect(unrendered).toEqual(members);
    expect((await notesFor(SPEECH)).filter((n) => n.bead === 29 && n.kind === 'not-found')).toEqual([]);
    expect((await notesFor(SPEECH, { strict: true })).filter((n) => n.bead === 29 && n.kind === 'not-found').map((n) => n.term)).toEqual(
      members,
    );
  });
  it("match no rendering across a comma: 'the Communist Party of China, the People's Republic of China' gives each its own", async () => {
    const rendered = (await getCorpusOccurrences()).filter((o) => o.slug === SPEECH && o.bead === 29 && o.rendering !== null);
    expect(rendered.map((o) => [o.term, o.rendering])).toEqual([
      ['中国共产党', 'Communist Party of China'],
      ['中华人民共和国', "People's Republic of China"],
      ['中华民族', 'Chinese nation'],
    ]);
  });
  it('still raise not-found for a term standing alone, and none for one inside a compound the English renders', async () => {
    // The essay's byline leaves out 室务会 (the Office's executive meeting).
    expect((await notesFor(ESSAY)).filter((n) => n.kind === 'not-found').map((n) => [n.term, n.bead + 1])).toContainEqual(['室务会', 3]);
    // 中国特色社会主义文化 is there as "socialist culture with Chinese characteristics".
    const inCompound = (await getCorpusOccurrences()).filter((o) => o.slug === SPEECH && o.bead === 33 && o.term === '中国特色社会主义');
    expect(inCompound.map((o) => o.rendering)).toContain('socialist culture with Chinese characteristics');
    expect((await notesFor(SPEECH)).filter((n) => n.kind === 'not-found')).toEqual([]);
  });
});

/** The Chinese and English of a dev text's paragraph pair (0-based), as its gold pairing aligns them. */
function devBead(slug: string, index: number): { zh: string; en: string } {
  const doc = devDocuments().find((d) => d.meta.slug === slug);
  const pair = doc?.alignment?.[index];
  if (!doc || !pair) throw new Error(`${slug} has no pair ${index}`);
  return { zh: pair.zh.map((p) => doc.zh?.[p] ?? '').join('\n'), en: pair.en.map((p) => doc.en?.[p] ?? '').join('\n') };
}

describe('notes on news datelines', () => {
  it('raise no not-found for the agency of a dateline the English leaves out, and still do outside it or in strict mode', () => {
    const doc = devDocuments().find((d) => d.meta.slug === 'xinhua-2023-02-11-china-japan-forum')!;
    const occurrences = findOccurrences(doc.meta.slug, doc.zh!, doc.en!, doc.alignment!);
    const dateline = occurrences.filter((o) => o.term === '新华社' && o.rendering === null);
    expect(dateline.map((o) => [o.bead, o.zh.start])).toEqual([[1, 0]]);
    const notFound = (options?: NotesOptions) =>
      termNotesOf(doc.meta.slug, doc.zh!, occurrences, options)
        .filter((n) => n.kind === 'not-found')
        .map((n) => n.term);
    expect(notFound()).toEqual(['二十大']);
    expect(notFound({ strict: true })).toEqual(['新华社', '二十大']);
    // The same agency in the body of a paragraph is no dateline.
    const moved = doc.zh!.map((p, i) => (i === 1 ? p.replace(/^新华社北京2月11日电 /u, '据新华社报道，') : p));
    const inBody = findOccurrences(doc.meta.slug, moved, doc.en!, doc.alignment!);
    expect(
      termNotesOf(doc.meta.slug, moved, inBody)
        .filter((n) => n.kind === 'not-found')
        .map((n) => n.term),
    ).toEqual(['新华社', '二十大']);
  });
});

describe('number check', () => {
  it('reads figures, years, dates and numerals on both sides', async () => {
    expect(chineseNumbers('2023年3月16日,150余部,9.6万,二〇二四年,百分之三十,十分重要').map((n) => [n.text, n.value, n.strong])).toEqual([
      ['2023', 2023, true],
      ['3', 3, true],
      ['16', 16, true],
      ['150余', 150, true],
      ['9.6万', 96000, true],
      ['二〇二四', 2024, true],
      ['百分之三十', 30, true],
      ['十', 10, false],
    ]);
    expect(englishNumbers('On March 16, 2023, the 18th, thirty years, 1.067 billion, 30%').map((n) => [n.text, n.value, n.strong])).toEqual(
      [
        ['16', 16, true],
        ['2023', 2023, true],
        ['18th', 18, true],
        ['1.067 billion', 1067000000, true],
        ['30', 30, true],
        ['thirty', 30, false],
        ['March', 3, false],
      ],
    );
  });
  it('finds every number of real beads on the other side: a date, an anniversary, a count', async () => {
    // 2023年3月16日 ~ "March 16, 2023"; 30年, 10周年, 十八大 ~ "30", "10th", "18th"; 150余部 ~ "150".
    for (const index of [7, 3, 8]) {
      const { zh, en } = await bead(ESSAY, index);
      expect(chineseNumbers(zh).filter((n) => n.strong).length, `bead ${index + 1}`).toBeGreaterThan(0);
      expect(numberMismatches(zh, en), `bead ${index + 1}`).toEqual([]);
    }
    expect(await numberNotes(ESSAY)).toEqual([]);
  });
  it('reports a year changed in the English of a real bead, on both sides', async () => {
    const { zh, en } = await bead(ESSAY, 6);
    expect(en).toContain('1994');
    expect(numberMismatches(zh, en.replace('1994', '1995')).map(({ side, text, value }) => [side, text, value])).toEqual([
      ['zh', '1994', 1994],
      ['en', '1995', 1995],
    ]);
  });
  it('takes 近半 for "nearly 50%" and "half", and a year-on-year comparison for the year before, in real dev-text beads', () => {
    const migration = devBead('gt-2023-02-eu-summit-migration', 9);
    expect(migration.zh).toContain('近半');
    // "nearly 50%" is 近半; "in 2017" for 去年 (2022) is a wrong year and stays.
    expect(numberMismatches(migration.zh, migration.en).map(({ side, text }) => [side, text])).toEqual([['en', '2017']]);
    expect(numberMismatches(migration.zh, migration.en.replace('nearly 50%', 'nearly half'))).toHaveLength(1);
    expect(numberMismatches(migration.zh.replace('近半', '近三成'), migration.en).map(({ text }) => text)).toEqual(['2017', '50']);
    const returnees = devBead('chinanews-2023-02-11-returnee-job-seekers', 6);
    expect(returnees.zh).toContain('同比');
    expect(numberMismatches(returnees.zh, returnees.en)).toEqual([]);
    // Without the comparison, "2021" is an added year again; and 同比 stands for the year before only.
    expect(numberMismatches(returnees.zh.replaceAll('同比', ''), returnees.en).map(({ text }) => text)).toEqual(['2021']);
    expect(numberMismatches(returnees.zh, returnees.en.replace('2021', '2020')).map(({ text }) => text)).toEqual(['2020']);
  });
  it('reports the real mismatch of the speech: section 十九 given as "10" and "9."', async () => {
    expect((await numberNotes(SPEECH)).map((n) => [n.bead + 1, n.side, n.text, n.severity])).toEqual([
      [64, 'zh', '十九', 'error'],
      [64, 'en', '10', 'error'],
      [64, 'en', '9', 'error'],
    ]);
  });
});

describe('checklist', () => {
  let checklist: Checklist;
  beforeAll(async () => {
    checklist = await checklistOf(ESSAY);
  });
  it('holds every note of the document, counted by severity', async () => {
    const notes = await notesFor(ESSAY);
    expect(checklist.total).toBe(notes.length);
    expect(checklist.items.reduce((sum, item) => sum + item.count, 0)).toBe(notes.length);
    expect(checklist.bySeverity.error + checklist.bySeverity.warning + checklist.bySeverity.info).toBe(notes.length);
  });
  it('groups by term and kind, worst first, then most notes first', async () => {
    const keys = checklist.items.map((i) => `${i.kind} ${i.term}`);
    expect(new Set(keys).size).toBe(keys.length);
    const rank = { error: 0, warning: 1, info: 2 };
    const order = checklist.items.map((i) => rank[i.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const warnings = checklist.items.filter((i) => i.severity === 'warning');
    expect(warnings[0]).toMatchObject({ kind: 'inconsistent', term: '网络法治', count: 32 });
    expect(warnings[0]?.summary).toMatch(
      /^网络法治 rendered \d+ ways besides the recommended “rule of law in cyberspace”: “cyber law”, “cyber rule of law”/,
    );
  });
  it('links each item to its beads, 1-based', async () => {
    const shared = checklist.items.find((i) => i.kind === 'shared-rendering' && i.term === '网络法治');
    expect(shared).toMatchObject({ count: 2, beads: [24, 25], links: [`/read/${ESSAY}#b24`, `/read/${ESSAY}#b25`], severity: 'info' });
    expect(shared?.summary).toBe('网络法治 shares “rule of law on the Internet” with 依法治网 (beads 24, 25)');
  });
  it('adds the number check and groups its notes by number', async () => {
    const speech = await checklistOf(SPEECH);
    expect(speech.items.filter((i) => i.kind === 'number-mismatch').map((i) => [i.term, i.summary])).toEqual([
      ['10', '10 in the English has no counterpart in the other language (bead 64)'],
      ['9', '9 in the English has no counterpart in the other language (bead 64)'],
      ['十九', '十九 in the Chinese has no counterpart in the other language (bead 64)'],
    ]);
  });
  it('gives each note an id that names document, bead, kind and what is at fault', async () => {
    const notes: CheckNote[] = [...(await notesFor(SPEECH)), ...(await numberNotes(SPEECH))];
    const ids = notes.map(noteId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`${SPEECH}:b64:number-mismatch:zh:十九`);
    expect(groupNotes(SPEECH, [])).toEqual([]);
  });
});

describe('notes for a user glossary', () => {
  const user = loadUserGlossary('tests/fixtures/glossary/newsroom.csv', getGlossary());
  const both = selectGlossary('both', user);
  it('follow the user recommendation over the project one for the same term', async () => {
    const power = (await notesFor(ESSAY, { glossary: both })).filter((n) => n.term === '网络强国');
    expect(power.length).toBeGreaterThan(0);
    expect(new Set(power.map((n) => n.recommended))).toEqual(new Set(['cyber superpower']));
    expect((await notesFor(ESSAY)).find((n) => n.term === '网络强国')?.recommended).toBe('cyberpower');
  });
  it('cover the new terms of the user glossary and leave the project notes of other terms as they were', async () => {
    const notes = await notesFor(ESSAY, { glossary: both });
    // Cut 网络|执法 by the project dictionary, 网络执法 is a term only because the user glossary keeps it whole.
    expect(notes.filter((n) => n.term === '网络执法').map((n) => [n.bead + 1, n.kind, n.rendering])).toEqual([
      [10, 'inconsistent', 'cyber law enforcement'],
      [10, 'inconsistent', 'network law enforcement'],
      [12, 'inconsistent', 'network law enforcement'],
      [22, 'inconsistent', 'network law enforcement'],
      [27, 'not-found', null],
    ]);
    const untouched = (list: typeof notes) =>
      list.filter((n) => !['网络强国', '网络执法', '未成年人网络保护', '人工智能'].includes(n.term) && n.otherTerm === undefined);
    expect(untouched(notes)).toEqual(untouched(await notesFor(ESSAY)));
  });
  it('discover variants of a new term: unlisted English with its bead count, occurrences not found', async () => {
    const mine = loadUserGlossary('tests/fixtures/glossary/newsroom.tbx', getGlossary()).map((e) =>
      e.term === '网络执法' ? { ...e, variants: [] } : e,
    );
    const glossary = selectGlossary('both', mine);
    const doc = await indexed(ESSAY);
    const occurrences = findOccurrences(ESSAY, doc.zh ?? [], doc.en ?? [], doc.beads, glossary).filter((o) => o.term === '网络执法');
    expect(renderingsOf('网络执法', occurrences)).toEqual([]);
    const beads = [...new Set(occurrences.map((o) => o.bead))].map((b) => ({
      slug: ESSAY,
      bead: b,
      en: beadText(doc.en ?? [], doc.beads[b]?.en ?? []),
    }));
    expect(variantCandidates('网络执法', glossary, [], beads).get('network law enforcement')).toHaveLength(3);
    expect(occurrences.filter((o) => o.rendering === null).map((o) => o.bead + 1)).toEqual([10, 10, 10, 12, 22, 22, 22, 22, 27]);
    expect(variantCandidates('网络执法', getGlossary(), [], beads).size).toBe(0);
  });
});
