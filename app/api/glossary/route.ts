import { GlossaryError } from '@/lib/glossary';
import { MAX_FILE_BYTES } from '@/lib/library';
import { removeUserGlossary, saveUserGlossary } from '@/lib/reader/user-glossary';
import { errorResponse, guardedRequest, libraryErrorResponse } from '../_lib/http';

/** Room for the multipart envelope around the file: boundaries, headers, the file name. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

/** Stores an uploaded term list (multipart field "file", .csv or .tbx) as the user glossary: all or nothing. */
export async function POST(request: Request) {
  // The same guard as every write: local only while bound to loopback, else the admin token; the body read within its limit.
  const guarded = await guardedRequest(request, MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES);
  if (guarded instanceof Response) return guarded;
  const form = await guarded.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return errorResponse(400, 'Choose a CSV or TBX file to upload.', 'file');
  if (file.size > MAX_FILE_BYTES) return errorResponse(413, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`, 'file');
  try {
    const saved = saveUserGlossary(file.name, await file.text());
    return Response.json({ entries: saved.entries.length });
  } catch (error) {
    if (error instanceof GlossaryError) return errorResponse(400, error.message, 'file');
    const refused = libraryErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}

/** Removes the uploaded glossary. */
export async function DELETE(request: Request) {
  const guarded = await guardedRequest(request, 0);
  if (guarded instanceof Response) return guarded;
  try {
    removeUserGlossary();
  } catch (error) {
    const refused = libraryErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
  return new Response(null, { status: 204 });
}
