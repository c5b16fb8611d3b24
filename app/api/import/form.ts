import 'server-only';
import { CorpusError } from '@/lib/corpus';
import { ImportError, type ImportInput, type ImportRequest } from '@/lib/import';
import { errorResponse, libraryErrorResponse } from '../_lib/http';

/** The /import form's file fields: each takes precedence over the pasted text beside it. */
async function input(form: FormData, textField: string, fileField: string, pastedName: string): Promise<ImportInput | undefined> {
  const file = form.get(fileField);
  if (file instanceof File && file.size > 0) return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  const text = form.get(textField);
  return typeof text === 'string' && text.trim() ? { name: pastedName, text } : undefined;
}

const text = (form: FormData, field: string) => {
  const value = form.get(field);
  return typeof value === 'string' ? value : undefined;
};

/**
 * The import the /import form describes (field names as in components/import/import-form.tsx), or a 400
 * answer when the body is no form at all (a cut or malformed multipart body, another content type).
 */
export async function importRequestFrom(request: Request): Promise<ImportRequest | Response> {
  const form = await request.formData().catch(() => null);
  if (!form) return errorResponse(400, 'The request is not a readable form: send multipart/form-data, as the import page does.');
  return {
    zh: await input(form, 'zh', 'zhFile', 'the Chinese text'),
    en: await input(form, 'en', 'enFile', 'the English text'),
    bitext: await input(form, 'bitext', 'bitextFile', 'the bilingual file'),
    title: text(form, 'title') ?? '',
    titleZh: text(form, 'titleZh'),
    slug: text(form, 'slug'),
    date: text(form, 'date'),
    author: text(form, 'author'),
    source: text(form, 'source'),
    translationBy: text(form, 'translationBy'),
    translationKind: text(form, 'translationKind'),
    translationNote: text(form, 'translationNote'),
  };
}

/** The answer to an import or preview that failed on its input (400, with the field it concerns) or on the library. */
export function importFailure(error: unknown): Response {
  if (error instanceof ImportError) return errorResponse(400, error.file === undefined ? error.problem : error.message, error.field);
  if (error instanceof CorpusError) return errorResponse(400, error.message);
  // A taken slug is an ImportError already (lib/import): what is left is another process holding the lock.
  const refused = libraryErrorResponse(error);
  if (refused) return refused;
  throw error;
}
