import { CorpusError } from '@/lib/corpus';
import { ImportError, importDocument } from '@/lib/import';
import { LibraryError, MAX_REQUEST_BODY_BYTES } from '@/lib/library';
import { readHref } from '@/lib/reader';
import { errorResponse, limitedRequest, refusedWrite } from '../_lib/http';
import { importRequestFrom } from './form';

/** Saves an import into the writable library (atomically, see lib/library) and answers where to read it. */
export async function POST(request: Request) {
  const refused = refusedWrite(request);
  if (refused) return refused;
  const limited = await limitedRequest(request, MAX_REQUEST_BODY_BYTES);
  if (limited instanceof Response) return limited;
  try {
    const slug = await importDocument(await importRequestFrom(await limited.formData()));
    return Response.json({ slug, href: readHref(slug) }, { status: 201 });
  } catch (error) {
    if (error instanceof ImportError) return errorResponse(400, error.file === undefined ? error.problem : error.message, error.field);
    if (error instanceof CorpusError) return errorResponse(400, error.message);
    // Another process holds the library's lock.
    if (error instanceof LibraryError) return errorResponse(409, error.message);
    throw error;
  }
}
