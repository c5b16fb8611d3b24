import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { libraryDir, withLibraryLock, writeFileAtomically } from '../library';
import { reviewDecisionSchema, type DecisionRequest, type ReviewDecision } from './types';

/**
 * Review decisions are kept in the library beside its documents, one JSON object a line, in the order they were
 * made: the review state is not derived from anything, so it lives with the folders (versioned and backed up with
 * them), not in the index, which can be deleted and rebuilt. Everyone using the server shares it.
 */
export const DECISIONS_FILE = 'review-decisions.jsonl';

/** A decisions file that does not read: its line and what is wrong. */
export class ReviewFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ReviewFileError';
  }
}

const decisionsFile = () => path.join(libraryDir(), DECISIONS_FILE);

/** Reads a decisions file's text; a line that is not a decision throws naming its line. */
export function parseDecisions(text: string, file: string): ReviewDecision[] {
  const decisions: ReviewDecision[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ReviewFileError(file, i + 1, 'not a JSON object');
    }
    const parsed = reviewDecisionSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ReviewFileError(file, i + 1, `field "${issue?.path.join('.') || 'root'}": ${issue?.message ?? 'invalid'}`);
    }
    decisions.push(parsed.data);
  });
  return decisions;
}

let cached: { stamp: string; decisions: ReviewDecision[] } | undefined;

/** Every decision of the library, oldest first; read again only when the file changed. */
export function readDecisions(): ReviewDecision[] {
  const file = decisionsFile();
  let stamp: string;
  try {
    const stat = fs.statSync(file, { bigint: true });
    stamp = `${file}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return [];
  }
  if (cached?.stamp !== stamp) cached = { stamp, decisions: parseDecisions(fs.readFileSync(file, 'utf8'), file) };
  return cached.decisions;
}

/** Records a reviewer's decision on one or more findings (a bulk action is one request); returns what was recorded. */
export function recordDecisions(request: DecisionRequest, now = new Date()): ReviewDecision[] {
  const made = request.targets.map((target): ReviewDecision => ({
    id: randomUUID(),
    scope: request.scope,
    status: request.status,
    target,
    ...(request.reason ? { reason: request.reason } : {}),
    ...(request.reviewer ? { reviewer: request.reviewer } : {}),
    at: now.toISOString(),
  }));
  const file = decisionsFile();
  withLibraryLock(libraryDir(), () => {
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const separator = before === '' || before.endsWith('\n') ? '' : '\n';
    writeFileAtomically(file, before + separator + made.map((d) => JSON.stringify(d)).join('\n') + '\n');
  });
  return made;
}
