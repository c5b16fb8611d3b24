import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** The environment variable holding the token that lets non-loopback clients write. */
export const ADMIN_TOKEN_VARIABLE = 'QP_ADMIN_TOKEN';

export type WriteDecision = { allowed: true } | { allowed: false; status: 403; message: string };

export interface WriteRequest {
  /** The client's address as the socket reports it (IPv4, IPv6 or IPv4-mapped IPv6). */
  remoteAddress: string | undefined;
  /** Request headers; names in any case. */
  headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Where QP_ADMIN_TOKEN is read; process.env by default. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
// IPv4 loopback as a dual-stack socket reports it (::ffff:127.0.0.1).
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether an address is this machine: 127.0.0.0/8, ::1, or 127.x mapped into IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (isIPv4(address)) return LOOPBACK.check(address, 'ipv4');
  return isIPv6(address) && LOOPBACK.check(address, 'ipv6');
}

function header(headers: WriteRequest['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : value?.[0];
}

/** Compares digests, not the strings, so the time taken tells nothing about the token, not even its length. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const BEARER = /^Bearer\s+(\S+)\s*$/iu;

/**
 * Whether a request may import or save. Loopback clients may; others only with
 * `Authorization: Bearer <QP_ADMIN_TOKEN>` when that variable is set. A denial carries 403 and a
 * plain message for the response body.
 */
export function isWriteAllowed({ remoteAddress, headers, env = process.env }: WriteRequest): WriteDecision {
  if (isLoopback(remoteAddress)) return { allowed: true };
  const token = env[ADMIN_TOKEN_VARIABLE];
  if (!token) {
    return { allowed: false, status: 403, message: `Writing is allowed only from this machine (${ADMIN_TOKEN_VARIABLE} is not set).` };
  }
  const given = BEARER.exec(header(headers, 'authorization') ?? '')?.[1];
  if (given !== undefined && sameToken(given, token)) return { allowed: true };
  return { allowed: false, status: 403, message: 'Writing from another machine needs the admin token (Authorization: Bearer <token>).' };
}
