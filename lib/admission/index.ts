/**
 * Admission control for the server's heavy requests. The server is one Node process, and the index's queries
 * (better-sqlite3) run synchronously on its event loop: twenty searches at once would each take their turn on
 * the loop before a reader's page could. A gate lets a few run at once and keeps the rest waiting without
 * using the loop; past its queue it refuses at once, so a crowd gets "busy" rather than ever longer waits.
 */

const BUSY = Symbol.for('qiushi-parallel.busy');

/** A gate refused the work: its queue was full. Answer 503 with Retry-After `retryAfterSeconds`. */
export class BusyError extends Error {
  readonly [BUSY] = true;
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy; try again in ${retryAfterSeconds} seconds.`);
    this.name = 'BusyError';
  }

  // The shared gate throws the class of whichever bundle made it (see heavyGate): `instanceof` looks at the brand.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BUSY]?: unknown })[BUSY] === true;
  }
}

export interface GateOptions {
  /** How many may run at once. */
  concurrency: number;
  /** How many may wait for a turn, in the order they came; one more is refused with BusyError. */
  queue: number;
  /** What a refused client is told to wait before asking again. */
  retryAfterSeconds: number;
}

export interface Gate {
  /** Runs `work` when a turn is free (at once, or after those waiting before it); BusyError when the queue is full. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Whether the next `run` would be refused. */
  readonly full: boolean;
  readonly running: number;
  readonly waiting: number;
  readonly retryAfterSeconds: number;
}

export function createGate({ concurrency, queue, retryAfterSeconds }: GateOptions): Gate {
  if (!(concurrency >= 1) || !(queue >= 0))
    throw new RangeError(`a gate needs concurrency >= 1 and queue >= 0, not ${concurrency} and ${queue}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    // The turn passes straight to the next in line, so a newcomer cannot overtake those waiting.
    if (next) next();
    else running--;
  };
  return {
    async run(work) {
      if (running < concurrency) running++;
      else if (waiting.length < queue) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new BusyError(retryAfterSeconds);
      try {
        return await work();
      } finally {
        release();
      }
    },
    get full() {
      return running >= concurrency && waiting.length >= queue;
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    retryAfterSeconds,
  };
}

/**
 * Heavy work that reads the index for one request: searches and the notes and cards of a reader's own glossary.
 * One at a time: SQLite's queries run on the event loop, so a second search would only interleave its chunks
 * with the first's and double what a reader's page waits behind (bench:load --hostile: the reader's p95 2.3–2.7×
 * quiet with one, 2.9–5.3× with two). Twenty-four may wait, a few seconds' work; past them, 503.
 * Kept on globalThis: Next bundles each route and the proxy separately, and they must share one gate.
 */
const HEAVY = Symbol.for('qiushi-parallel.heavy-gate');
const shared = globalThis as { [HEAVY]?: Gate };
export function heavyGate(): Gate {
  shared[HEAVY] ??= createGate({ concurrency: 1, queue: 24, retryAfterSeconds: 5 });
  return shared[HEAVY];
}

/** Lets the event loop serve other requests (their I/O, a reader's page) before the caller's next chunk of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
