import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { hasBuild, NO_BUILD } from './build';

const STARTUP_TIMEOUT_MS = 60_000;

export interface Server {
  url: string;
  /** The `next start` process, for its memory. */
  pid: number;
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

/**
 * Serves the production build of the checkout in `dir` (default: this one) on a free loopback port, once `ready`
 * answers (a bench that times the library page's first request waits on another page); the caller stops it.
 */
export async function serveProductionBuild(dir = '.', ready = '/'): Promise<Server> {
  if (!hasBuild(dir)) throw new Error(`${dir}: ${NO_BUILD}`);
  const port = await freePort();
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${url}${ready}`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return { url, pid: child.pid ?? 0, stop: () => child.kill('SIGTERM') };
}
