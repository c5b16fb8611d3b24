import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.join(process.cwd(), 'lib');
/** Module specifiers a file imports or re-exports (static and dynamic). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function imports(): Array<{ file: string; specifier: string }> {
  return readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .flatMap((file) =>
      Array.from(readFileSync(path.join(LIB, file), 'utf8').matchAll(SPECIFIER), (m) => ({ file, specifier: m[1] ?? '' })),
    );
}

describe('lib/', () => {
  // lib/ is the data layer: scripts, tests and benches use it without Next, so the framework stays in app/ and components/.
  it('imports neither Next nor React', () => {
    const framework = imports().filter(({ specifier }) => /^(?:next|react|react-dom)(?:\/|$)/.test(specifier));
    expect(framework).toEqual([]);
  });

  it('keeps lib/dict independent of the corpus', () => {
    const corpus = imports().filter(
      ({ file, specifier }) => file.startsWith(`dict${path.sep}`) && /(?:^|\/)corpus(?:\/|$)/.test(specifier),
    );
    expect(corpus).toEqual([]);
  });
});
