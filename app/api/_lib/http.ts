import 'server-only';
import { BusyError, heavyGate } from '@/lib/admission';
import { BodyTooLargeError, LibraryError, readLimitedBody, webWriteDecision, type LibraryProblem } from '@/lib/library';

/** A JSON error body: the message a person reads and, for a form, the field it concerns. */
export function errorResponse(status: number, message: string, field?: string): Response {
  return Response.json(field === undefined ? { message } : { message, field }, { status });
}

const LIBRARY_ERROR_STATUS: Record<LibraryProblem, number> = {
  'not-found': 404,
  'read-only': 403,
  busy: 409,
  'slug-taken': 400,
  'not-bilingual': 400,
};

/** The answer to a write the library refused (busy: another process holds its lock), or null for another error. */
export function libraryErrorResponse(error: unknown): Response | null {
  return error instanceof LibraryError ? errorResponse(LIBRARY_ERROR_STATUS[error.reason], error.message) : null;
}

/** The 403 response for a request that may not write, or null when it may. */
function refusedWrite(request: Request): Response | null {
  const decision = webWriteDecision(request);
  return decision.allowed ? null : errorResponse(decision.status, decision.message);
}

/** The body as a Request that can be parsed (formData, json), read within `limit` bytes; 413 beyond. */
async function limitedRequest(request: Request, limit: number): Promise<Request | Response> {
  try {
    const body = await readLimitedBody(request, limit);
    return new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength > 0 ? body : undefined });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return errorResponse(413, error.message);
    throw error;
  }
}

/** A write's request, refused (403) unless this client may write, its body read within `limit` bytes (413 beyond). */
export async function guardedRequest(request: Request, limit: number): Promise<Request | Response> {
  return refusedWrite(request) ?? (await limitedRequest(request, limit));
}

/** `work` through the heavy-work gate (lib/admission); 503 with Retry-After when too many wait already. */
export async function gated(work: () => Promise<Response>): Promise<Response> {
  try {
    return await heavyGate().run(work);
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    const busy = errorResponse(503, error.message);
    busy.headers.set('retry-after', String(error.retryAfterSeconds));
    return busy;
  }
}
