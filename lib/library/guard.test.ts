import { describe, expect, it } from 'vitest';
import { isLoopback, isWriteAllowed } from './index';

const TOKEN = 's3cret-token';
const env = { QP_ADMIN_TOKEN: TOKEN };

describe('isLoopback', () => {
  it('accepts 127.0.0.0/8, ::1 and IPv4-mapped loopback', () => {
    for (const address of ['127.0.0.1', '127.10.0.3', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1'])
      expect(isLoopback(address), address).toBe(true);
  });

  it('refuses everything else', () => {
    for (const address of ['10.0.0.1', '128.0.0.1', '::ffff:10.0.0.1', 'fe80::1', '::2', '', 'localhost', undefined]) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});

describe('isWriteAllowed', () => {
  it('allows loopback clients without a token', () => {
    expect(isWriteAllowed({ remoteAddress: '::ffff:127.0.0.1', headers: {}, env: {} })).toEqual({ allowed: true });
  });

  it('denies other clients when no token is set, saying why', () => {
    expect(isWriteAllowed({ remoteAddress: '192.168.1.20', headers: { authorization: 'Bearer anything' }, env: {} })).toEqual({
      allowed: false,
      status: 403,
      message: 'Writing is allowed only from this machine (QP_ADMIN_TOKEN is not set).',
    });
  });

  it('allows other clients with the right bearer token, in either header form', () => {
    expect(isWriteAllowed({ remoteAddress: '192.168.1.20', headers: { Authorization: `Bearer ${TOKEN}` }, env }).allowed).toBe(true);
    expect(isWriteAllowed({ remoteAddress: '192.168.1.20', headers: new Headers({ authorization: `bearer ${TOKEN}` }), env }).allowed).toBe(
      true,
    );
  });

  it('denies a wrong, truncated or missing token', () => {
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, undefined]) {
      const decision = isWriteAllowed({ remoteAddress: '203.0.113.5', headers: { authorization }, env });
      expect(decision.allowed, String(authorization)).toBe(false);
    }
  });
});
