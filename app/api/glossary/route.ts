import { GlossaryError } from '@/lib/glossary';
import { isWriteAllowed, MAX_FILE_BYTES } from '@/lib/library';
import { removeUserGlossary, saveUserGlossary } from '@/lib/reader/user-glossary';

/**
 * The client's address. Route handlers are not given the socket; `next start` puts its address in
 * X-Forwarded-For when the request has none (a proxy in front must set the header itself).
 */
function writeDecision(request: Request) {
  // A page of another site may post a form to this one from the reader's own (loopback) browser: refused.
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return { allowed: false, status: 403, message: 'Writing is refused to requests from another site.' } as const;
  return isWriteAllowed({ remoteAddress: request.headers.get('x-forwarded-for')?.trim(), headers: request.headers });
}

const problem = (status: number, error: string, position?: { line: number; column: number }) => Response.json({ error, ...position }, { status });

/** Stores an uploaded term list (multipart field "file", .csv or .tbx) as the user glossary: all or nothing. */
export async function POST(request: Request) {
  const decision = writeDecision(request);
  if (!decision.allowed) return problem(decision.status, decision.message);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) return problem(413, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return problem(400, 'Choose a CSV or TBX file to upload.');
  if (file.size > MAX_FILE_BYTES) return problem(413, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  try {
    const saved = saveUserGlossary(file.name, await file.text());
    return Response.json({ entries: saved.entries.length });
  } catch (error) {
    if (error instanceof GlossaryError) return problem(400, error.message, error.position);
    throw error;
  }
}

/** Removes the uploaded glossary. */
export async function DELETE(request: Request) {
  const decision = writeDecision(request);
  if (!decision.allowed) return problem(decision.status, decision.message);
  removeUserGlossary();
  return new Response(null, { status: 204 });
}
