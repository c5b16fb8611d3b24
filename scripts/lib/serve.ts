import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hasBuild, NO_BUILD } from './build';

const STARTUP_TIMEOUT_MS = 60_000;

export interface Server {
  url: string;
  /** The process of `next start`, whose memory a bench or test can read (see residentBytes). */
  pid: number;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${url} within ${STARTUP_TIMEOUT_MS} ms`);
}

export interface ServeOptions {
  /** The page whose answer means the server is ready (a bench timing the library page's first request waits on another). */
  ready?: string;
  /** Variables over this process's environment. */
  env?: Record<string, string>;
}

/** Serves the production build of the checkout in `dir` (default: this one) on a free loopback port; the caller stops it. */
export async function serveProductionBuild(dir = '.', { ready = '/', env = {} }: ServeOptions = {}): Promise<Server> {
  if (!hasBuild(dir)) throw new Error(`${dir}: ${NO_BUILD}`);
  const port = await freePort();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${url}${ready}`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  if (child.pid === undefined) throw new Error('next start has no process id');
  return { url, pid: child.pid, alive: () => child.exitCode === null && child.signalCode === null, stop: () => child.kill('SIGTERM') };
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc); 0 once it has gone. */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0);
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return kib * 1024 + children.reduce((sum, child) => sum + residentBytes(child), 0);
  } catch {
    return 0;
  }
}
