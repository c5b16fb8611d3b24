import { isLoopback, isWriteAllowed, type WriteDecision } from './guard';

/**
 * Where `next start` says it listens: it sets __NEXT_PRIVATE_ORIGIN to `http://<host>:<port>` once
 * bound, with "localhost" when no host was given (then it listens on every interface).
 */
const ORIGIN_VARIABLE = '__NEXT_PRIVATE_ORIGIN';

/**
 * Whether this server accepts connections from this machine only. A Next route handler is not given
 * the socket, and X-Forwarded-For is whatever the client sent (Next fills it only when absent), so the
 * client's address cannot be known; a server bound to a loopback address (what `npm start` does
 * unless HOST says otherwise) can only have loopback clients. "localhost" is not trusted: it is also
 * what Next reports when it listens on every interface.
 */
export function boundToLoopback(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const origin = env[ORIGIN_VARIABLE];
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return false;
  }
  return isLoopback(host.replace(/^\[(.*)\]$/u, '$1'));
}

/**
 * Whether a web request may write. Besides the write guard (lib/library isWriteAllowed, the client
 * taken as loopback only when the server is bound to loopback), a request another site's page makes
 * from the reader's browser is refused: loopback is where that browser is, so it would pass otherwise.
 */
export function webWriteDecision(request: Request, env: Readonly<Record<string, string | undefined>> = process.env): WriteDecision {
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  const crossSite = site === 'cross-site' || (origin !== null && origin !== 'null' && host !== null && safeHost(origin) !== host);
  if (crossSite) return { allowed: false, status: 403, message: 'Writing is refused for a request made by another site.' };
  return isWriteAllowed({ remoteAddress: boundToLoopback(env) ? '127.0.0.1' : undefined, headers: request.headers, env });
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** A request body over the limit (HTTP 413). */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request is over the ${(limit / 1024 / 1024).toFixed(0)} MB limit.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The request's body, read up to `limit` bytes: a declared Content-Length over it is refused before
 * reading, and a body that turns out longer is cut off as soon as it passes the limit.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
