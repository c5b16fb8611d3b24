/**
 * Builds better-sqlite3's native addon when it is missing. The project's .npmrc sets ignore-scripts, so `npm ci`
 * runs no install script; this compiles the addon from its bundled sources against Node's own headers (no
 * prebuilt binary is downloaded), once per install: about two minutes.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads(): boolean {
  try {
    const Database = require('better-sqlite3') as new (file: string) => { close(): void };
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  console.error('native: building better-sqlite3 from source (once per install)');
  execFileSync('npm', ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], {
    stdio: 'inherit',
    env: { ...process.env, npm_config_build_from_source: 'true' },
  });
  if (!loads()) {
    console.error('native: better-sqlite3 still does not load; see the messages above');
    process.exit(1);
  }
}
