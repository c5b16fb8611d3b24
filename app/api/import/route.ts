import { importDocument } from '@/lib/import';
import { backgroundIndexer } from '@/lib/indexer';
import { MAX_REQUEST_BODY_BYTES } from '@/lib/library';
import { readHref } from '@/lib/reader';
import { guardedRequest } from '../_lib/http';
import { importFailure, importRequestFrom } from './form';

/** Saves an import into the writable library (atomically, see lib/library) and answers where to read it. */
export async function POST(request: Request) {
  const guarded = await guardedRequest(request, MAX_REQUEST_BODY_BYTES);
  if (guarded instanceof Response) return guarded;
  const asked = await importRequestFrom(guarded);
  if (asked instanceof Response) return asked;
  try {
    const { slug, warnings } = await importDocument(asked);
    // Answered once the index holds the document, so its reading page is there when the browser goes to it.
    await backgroundIndexer().syncNow();
    return Response.json({ slug, href: readHref(slug), warnings }, { status: 201 });
  } catch (error) {
    return importFailure(error);
  }
}
