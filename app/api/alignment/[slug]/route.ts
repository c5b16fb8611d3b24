import { z } from 'zod';
import type { Bead } from '@/lib/align';
import { CorpusError } from '@/lib/corpus';
import { backgroundIndexer } from '@/lib/indexer';
import { removeAlignment, saveAlignment, StaleVersionError } from '@/lib/library';
import { indexedDocument, libraryIndex } from '@/lib/store';
import { errorResponse, guardedRequest, libraryErrorResponse } from '../../_lib/http';

/** An alignment is a few numbers per bead: even a book-length document stays far below this. */
const MAX_ALIGNMENT_BODY_BYTES = 1024 * 1024;

type Context = { params: Promise<{ slug: string }> };

const indices = z.array(z.number().int().nonnegative());
const saveBody = z.object({ version: z.string(), beads: z.array(z.object({ zh: indices, en: indices })) });
const resetBody = z.object({ version: z.string() });

/** What the alignment editor loads: the paragraphs, the current beads and the version a save must name. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const doc = await indexedDocument(await libraryIndex(), slug);
  if (!doc) return errorResponse(404, `No document "${slug}".`);
  if (doc.kind !== 'bilingual') return errorResponse(400, `"${slug}" has one language: there is nothing to align.`);
  const beads = doc.beads.map(({ zh, en, confidence, origin }) => ({ zh, en, confidence, origin }));
  return Response.json(
    { slug, version: doc.version, zh: doc.zh, en: doc.en, beads, handAligned: beads.some((bead) => bead.origin !== undefined) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

/** A write's body: refused unless this client may write, read within its limit, checked against `schema`. */
async function parsed<T>(request: Request, schema: z.ZodType<T>): Promise<T | Response> {
  const limited = await guardedRequest(request, MAX_ALIGNMENT_BODY_BYTES);
  if (limited instanceof Response) return limited;
  let json: unknown;
  try {
    json = await limited.json();
  } catch {
    return errorResponse(400, 'The request body is not JSON.');
  }
  const result = schema.safeParse(json);
  return result.success
    ? result.data
    : errorResponse(400, `The request body is not an alignment: ${result.error.issues[0]?.message ?? 'invalid'}.`);
}

function failure(error: unknown): Response {
  if (error instanceof StaleVersionError) {
    return errorResponse(
      409,
      'This document changed since the editor opened it (saved from another tab, or edited on disk). Nothing was saved: reload the page and redo the change.',
    );
  }
  const refused = libraryErrorResponse(error);
  if (refused) return refused;
  if (error instanceof CorpusError) return errorResponse(400, error.message);
  throw error;
}

/** Saves the beads as the document's alignment.tsv, checked by a person (see saveAlignment), if the document is still at `version`. */
export async function PUT(request: Request, { params }: Context) {
  const { slug } = await params;
  const body = await parsed(request, saveBody);
  if (body instanceof Response) return body;
  try {
    const beads: Bead[] = body.beads.map(({ zh, en }) => ({ zh, en, confidence: 1 }));
    const version = saveAlignment(slug, beads, body.version);
    // Answered once the index holds the new alignment, so the page the editor reloads shows it.
    await backgroundIndexer().syncNow();
    return Response.json({ version });
  } catch (error) {
    return failure(error);
  }
}

/** Removes the document's alignment.tsv (back to the automatic alignment) if the document is still at `version`. */
export async function DELETE(request: Request, { params }: Context) {
  const { slug } = await params;
  const body = await parsed(request, resetBody);
  if (body instanceof Response) return body;
  try {
    const version = removeAlignment(slug, body.version);
    await backgroundIndexer().syncNow();
    return Response.json({ version });
  } catch (error) {
    return failure(error);
  }
}
