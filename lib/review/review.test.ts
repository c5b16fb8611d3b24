import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusDocument, indexed } from '../../tests/unit/corpus-index';
import { analyzeDocument } from '../analysis';
import type { IndexedDocument } from '../store';
import {
  DECISIONS_FILE,
  decisionFor,
  findingTarget,
  parseDecisions,
  readDecisions,
  recordDecisions,
  reviewFindings,
  type FindingTarget,
  type ReviewDecision,
} from './index';

const ESSAY = 'qiushi-2024-14-cyber-law';
const asIndexed = (doc: ReturnType<typeof analyzeDocument>): IndexedDocument => ({ ...doc, version: 'test', renderVersion: 'test' });
const targetsOf = (doc: IndexedDocument) => doc.notes.map((note) => findingTarget(note, doc));
const key = (t: FindingTarget) => JSON.stringify(t);

const decision = (
  scope: ReviewDecision['scope'],
  target: FindingTarget,
  at: string,
  status: ReviewDecision['status'] = 'accepted-variant',
): ReviewDecision => ({
  id: `${scope}-${at}`,
  scope,
  status,
  target,
  at,
});

describe('findingTarget', () => {
  it('names a finding by its kind, term, rendering, document and the Chinese sentence it stands in', async () => {
    const doc = await indexed(ESSAY);
    const targets = targetsOf(doc);
    expect(targets.length).toBe(doc.notes.length);
    const inconsistent = targets.find((t) => t.kind === 'inconsistent' && t.term === '网络法治');
    expect(inconsistent?.slug).toBe(ESSAY);
    expect(inconsistent?.context).toContain('网络法治');
    expect(inconsistent?.context).not.toMatch(/\s/u);
  });

  it('stays the same when the document is aligned again differently (two beads merged)', async () => {
    const doc = await indexed(ESSAY);
    const source = corpusDocument(ESSAY);
    // Beads 2 and 3 (0-based 1 and 2) merged by hand: every bead after them moves up by one.
    const alignment = doc.beads.flatMap((bead, i) =>
      i === 1
        ? [{ zh: [...bead.zh, ...(doc.beads[2]?.zh ?? [])], en: [...bead.en, ...(doc.beads[2]?.en ?? [])], confidence: 1, checked: true }]
        : i === 2
          ? []
          : [bead],
    );
    const realigned = asIndexed(analyzeDocument({ ...source, alignment }));
    const before = new Set(
      targetsOf(doc)
        .filter((t) => !t.context.includes('网络法治高质量发展'))
        .map(key),
    );
    const after = new Set(targetsOf(realigned).map(key));
    const kept = [...before].filter((t) => after.has(t));
    expect(kept.length / before.size).toBeGreaterThan(0.9);
  });

  it('stays the same for the findings of other paragraphs when one paragraph is edited', async () => {
    const doc = await indexed(ESSAY);
    const source = corpusDocument(ESSAY);
    const zh = [...(source.zh ?? [])];
    const edited = zh.findIndex((p) => p.includes('网络法治'));
    zh[edited] = `${zh[edited]}（编者按）`;
    const after = asIndexed(analyzeDocument({ ...source, zh }));
    const elsewhere = (d: IndexedDocument) =>
      new Set(d.notes.filter((n) => !(d.beads[n.bead]?.zh ?? []).includes(edited)).map((n) => key(findingTarget(n, d))));
    const before = elsewhere(doc);
    const now = elsewhere(after);
    expect(before.size).toBeGreaterThan(20);
    expect([...before].filter((t) => now.has(t)).length / before.size).toBeGreaterThan(0.95);
  });
});

describe('decisionFor', () => {
  const target: FindingTarget = {
    kind: 'inconsistent',
    term: '网络强国',
    rendering: 'strong cyber power',
    slug: 'a',
    context: '建设网络强国。',
  };
  const elsewhere = { ...target, slug: 'b', context: '另一句。' };

  it('reaches by scope: the term everywhere, this document, this occurrence', () => {
    const term = decision('term', target, '2026-01-01T00:00:00.000Z');
    const document = decision('document', target, '2026-01-01T00:00:00.000Z');
    const occurrence = decision('occurrence', target, '2026-01-01T00:00:00.000Z');
    expect(decisionFor(elsewhere, [term])).toBe(term);
    expect(decisionFor(elsewhere, [document])).toBeNull();
    expect(decisionFor({ ...target, context: '另一句。' }, [document])).toBe(document);
    expect(decisionFor({ ...target, context: '另一句。' }, [occurrence])).toBeNull();
    expect(decisionFor({ ...target, rendering: 'cyber power' }, [term])).toBeNull();
  });

  it('prefers the most specific scope, then the latest decision', () => {
    const term = decision('term', target, '2026-03-01T00:00:00.000Z', 'accepted-variant');
    const occurrence = decision('occurrence', target, '2026-01-01T00:00:00.000Z', 'open');
    expect(decisionFor(target, [term, occurrence])).toBe(occurrence);
    const later = decision('term', target, '2026-04-01T00:00:00.000Z', 'false-positive');
    expect(decisionFor(elsewhere, [later, term])).toBe(later);
  });
});

describe('the decisions file', () => {
  let library: string;
  const saved = process.env.QP_CORPUS;
  beforeEach(() => {
    library = mkdtempSync(path.join(tmpdir(), 'qp-review-'));
    process.env.QP_CORPUS = library;
  });
  afterEach(() => {
    process.env.QP_CORPUS = saved;
    rmSync(library, { recursive: true, force: true });
  });

  it('records a bulk decision as one line per finding in the library, read back in order', async () => {
    const doc = await indexed(ESSAY);
    const targets = targetsOf(doc).filter((t) => t.term === '网络法治' && t.kind === 'inconsistent');
    const made = recordDecisions(
      { scope: 'occurrence', status: 'false-positive', targets, reason: 'checked', reviewer: 'Li' },
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(made).toHaveLength(targets.length);
    const file = path.join(library, DECISIONS_FILE);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(targets.length);
    expect(readDecisions()).toEqual(made);
    const findings = reviewFindings(doc.notes, doc, readDecisions());
    expect(findings.filter((f) => f.status === 'false-positive')).toHaveLength(targets.length);
    expect(findings.filter((f) => f.status === 'open').length).toBe(doc.notes.length - targets.length);
  });

  it('refuses a file with a bad line, naming its line and field', () => {
    const file = path.join(library, DECISIONS_FILE);
    writeFileSync(file, `${JSON.stringify({ id: 'x', scope: 'term', status: 'maybe', target: {}, at: 'now' })}\n`);
    expect(() => readDecisions()).toThrow(`${file}:1: field "status"`);
    expect(() => parseDecisions('{', 'f.jsonl')).toThrow('f.jsonl:1: not a JSON object');
  });
});
