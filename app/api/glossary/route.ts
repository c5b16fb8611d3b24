import { GlossaryError } from '@/lib/glossary';
import { MAX_FILE_BYTES, webWriteDecision } from '@/lib/library';
import { removeUserGlossary, saveUserGlossary } from '@/lib/reader/user-glossary';

const problem = (status: number, error: string, position?: { line: number; column: number }) =>
  Response.json({ error, ...position }, { status });

/** Stores an uploaded term list (multipart field "file", .csv or .tbx) as the user glossary: all or nothing. */
export async function POST(request: Request) {
  // The same guard as every write: local only while bound to loopback, else the admin token (lib/library).
  const decision = webWriteDecision(request);
  if (!decision.allowed) return problem(decision.status, decision.message);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES)
    return problem(413, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
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
  const decision = webWriteDecision(request);
  if (!decision.allowed) return problem(decision.status, decision.message);
  removeUserGlossary();
  return new Response(null, { status: 204 });
}
