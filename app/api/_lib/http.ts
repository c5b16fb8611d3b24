import { revalidatePath } from 'next/cache';
import { BodyTooLargeError, readLimitedBody, webWriteDecision } from '@/lib/library';
import { SCRIPTS } from '@/lib/script';

/** A JSON error body: the message a person reads and, for a form, the field it concerns. */
export function errorResponse(status: number, message: string, field?: string): Response {
  return Response.json(field === undefined ? { message } : { message, field }, { status });
}

/** The 403 response for a request that may not write, or null when it may. */
export function refusedWrite(request: Request): Response | null {
  const decision = webWriteDecision(request);
  return decision.allowed ? null : errorResponse(decision.status, decision.message);
}

/** The body as a Request that can be parsed (formData, json), read within `limit` bytes; 413 beyond. */
export async function limitedRequest(request: Request, limit: number): Promise<Request | Response> {
  try {
    const body = await readLimitedBody(request, limit);
    return new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength > 0 ? body : undefined });
  } catch (error) {
    if (error instanceof BodyTooLargeError) return errorResponse(413, error.message);
    throw error;
  }
}

/**
 * After a write, the pages it changes render afresh on their next request: the document's reading pages
 * and look-up cards in every script, the term pages and the exports (both gather the whole corpus). The
 * library, search and the term index are rendered on each request. Other documents' pages stay cached:
 * re-rendering every page after each write would stall the server for seconds.
 */
export function revalidateDocument(slug: string): void {
  for (const script of SCRIPTS) {
    revalidatePath(`/read/${slug}/${script}`);
    revalidatePath(`/lookup/${slug}/${script}`);
  }
  revalidatePath('/terms/[term]/[script]', 'page');
  revalidatePath('/exports', 'layout');
}
