import { existsSync } from 'node:fs';
import path from 'node:path';

export const BUILD_DIR = '.next';

/** What to tell someone who runs a bench or the browser tests before `npm run build`. */
export const NO_BUILD = `no production build in ${BUILD_DIR}: run \`npm run build\` first`;

/** Whether `next build` has finished in `dir` (it writes BUILD_ID last). */
export function hasBuild(dir = '.'): boolean {
  return existsSync(path.join(dir, BUILD_DIR, 'BUILD_ID'));
}
