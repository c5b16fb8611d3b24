import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Token } from './types';

export const DEFAULT_CACHE_DIR = path.join(process.cwd(), '.cache', 'segment');

export function cacheKey(version: string, text: string): string {
  return createHash('sha256').update(version).update('\n').update(text).digest('hex');
}

function fileFor(dir: string, key: string): string {
  return path.join(dir, `${key}.json`);
}

/** The cached tokens, or undefined when absent or unreadable (a corrupt entry is recomputed). */
export function readCached(dir: string, key: string): Token[] | undefined {
  try {
    const tokens: unknown = JSON.parse(readFileSync(fileFor(dir, key), 'utf8'));
    return Array.isArray(tokens) ? (tokens as Token[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file so a concurrent reader never sees half an entry. */
export function writeCached(dir: string, key: string, tokens: readonly Token[]): void {
  mkdirSync(dir, { recursive: true });
  const file = fileFor(dir, key);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(tokens));
  renameSync(temporary, file);
}
