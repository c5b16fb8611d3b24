import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, boundToLoopback, readLimitedBody, webWriteDecision } from './index';

const loopback = { __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3000' };
const post = (headers: Record<string, string>, body?: string) =>
  new Request('http://127.0.0.1:3000/api/import', { method: 'POST', headers, body });

describe('boundToLoopback', () => {
  it('trusts a loopback address Next reports it is bound to', () => {
    expect(boundToLoopback(loopback)).toBe(true);
    expect(boundToLoopback({ __NEXT_PRIVATE_ORIGIN: 'http://[::1]:3000' })).toBe(true);
  });
  it('does not trust localhost (also reported for every interface), another address or none', () => {
    for (const origin of ['http://localhost:3000', 'http://192.168.1.4:3000', 'not a url', undefined]) {
      expect(boundToLoopback({ __NEXT_PRIVATE_ORIGIN: origin }), String(origin)).toBe(false);
    }
  });
});

describe('webWriteDecision', () => {
  it('allows a same-origin request to a server bound to loopback', () => {
    expect(
      webWriteDecision(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }), loopback),
    ).toEqual({ allowed: true });
  });
  it('refuses a request another site makes, even on loopback', () => {
    expect(webWriteDecision(post({ host: '127.0.0.1:3000', origin: 'https://evil.example' }), loopback).allowed).toBe(false);
    expect(webWriteDecision(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }), loopback).allowed).toBe(false);
  });
  it('asks for the token when the server listens beyond loopback, whatever X-Forwarded-For says', () => {
    const env = { __NEXT_PRIVATE_ORIGIN: 'http://localhost:3000', QP_ADMIN_TOKEN: 'tok' };
    expect(webWriteDecision(post({ host: 'h', 'x-forwarded-for': '127.0.0.1' }), env)).toMatchObject({ allowed: false, status: 403 });
    expect(webWriteDecision(post({ host: 'h', authorization: 'Bearer tok' }), env)).toEqual({ allowed: true });
  });
});

describe('readLimitedBody', () => {
  it('reads a body within the limit', async () => {
    expect(new TextDecoder().decode(await readLimitedBody(post({}, 'hello'), 10))).toBe('hello');
  });
  it('refuses a declared or actual length over the limit', async () => {
    await expect(readLimitedBody(post({ 'content-length': '11' }, 'x'), 10)).rejects.toThrow(BodyTooLargeError);
    await expect(readLimitedBody(post({}, 'x'.repeat(11)), 10)).rejects.toThrow(BodyTooLargeError);
  });
});
