import { describe, expect, it } from 'vitest';
import { BusyError, createGate, heavyGate, yieldToEventLoop } from '.';

/** Work that finishes when told to, recording when it started. */
function deferred(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await yieldToEventLoop();
};

describe('createGate', () => {
  it('runs at most `concurrency` at once, the rest in the order they came', async () => {
    const gate = createGate({ concurrency: 2, queue: 5, retryAfterSeconds: 1 });
    const log: string[] = [];
    const jobs = ['a', 'b', 'c', 'd', 'e'].map((name) => deferred(log, name));
    const results = jobs.map((job) => gate.run(job.work));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    expect([gate.running, gate.waiting]).toEqual([2, 3]);
    jobs[1]!.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    jobs[0]!.finish();
    await settle();
    expect(log.slice(4)).toEqual(['end a', 'start d']);
    jobs[2]!.finish();
    await settle();
    expect(log.slice(6)).toEqual(['end c', 'start e']);
    jobs[3]!.finish();
    jobs[4]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('refuses with BusyError once its queue is full, and admits again when a turn frees', async () => {
    const gate = createGate({ concurrency: 1, queue: 2, retryAfterSeconds: 7 });
    const log: string[] = [];
    const jobs = ['a', 'b', 'c'].map((name) => deferred(log, name));
    const admitted = jobs.map((job) => gate.run(job.work));
    await settle();
    expect(gate.full).toBe(true);
    const refused = gate.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 7, message: expect.stringContaining('7 seconds') });
    jobs[0]!.finish();
    await settle();
    expect(gate.full).toBe(false);
    const late = deferred(log, 'd');
    const lateResult = gate.run(late.work);
    jobs[1]!.finish();
    jobs[2]!.finish();
    late.finish();
    expect(await Promise.all([...admitted, lateResult])).toEqual(['a', 'b', 'c', 'd']);
    expect(log.filter((line) => line.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('knows a BusyError thrown by another copy of the module (Next bundles each route apart)', () => {
    const foreign = Object.assign(new Error('busy'), { [Symbol.for('qiushi-parallel.busy')]: true });
    expect(foreign instanceof BusyError).toBe(true);
    expect(new Error('busy') instanceof BusyError).toBe(false);
    expect(new BusyError(3) instanceof BusyError).toBe(true);
  });

  it('frees the turn of work that throws', async () => {
    const gate = createGate({ concurrency: 1, queue: 0, retryAfterSeconds: 1 });
    await expect(gate.run(async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.running).toBe(0);
  });

  it('rejects a gate that could never admit anything', () => {
    expect(() => createGate({ concurrency: 0, queue: 1, retryAfterSeconds: 1 })).toThrow(RangeError);
  });
});

describe('heavyGate', () => {
  it('is one gate for the whole process', () => {
    expect(heavyGate()).toBe(heavyGate());
    expect(heavyGate().full).toBe(false);
  });
});
