import { importDocument } from '@/lib/import';
import { MAX_REQUEST_BODY_BYTES } from '@/lib/library';
import { readHref } from '@/lib/reader';
import { guardedRequest } from '../_lib/http';
import { importFailure, importRequestFrom } from './form';

/** Saves an import into the writable library (atomically, see lib/library) and answers where to read it. */
export async function POST(request: Request) {
  const guarded = await guardedRequest(request, MAX_REQUEST_BODY_BYTES);
  if (guarded instanceof Response) return guarded;
  try {
    const { slug, warnings } = await importDocument(await importRequestFrom(await guarded.formData()));
    return Response.json({ slug, href: readHref(slug), warnings }, { status: 201 });
  } catch (error) {
    return importFailure(error);
  }
}
