import { decisionRequestSchema, recordDecisions } from '@/lib/review';
import { errorResponse, guardedRequest, libraryErrorResponse } from '../_lib/http';

/** A bulk decision names at most a thousand findings: far below this. */
const MAX_REVIEW_BODY_BYTES = 1024 * 1024;

/** Records a reviewer's decision on one or more findings, for everyone using this library. */
export async function POST(request: Request) {
  const guarded = await guardedRequest(request, MAX_REVIEW_BODY_BYTES);
  if (guarded instanceof Response) return guarded;
  let json: unknown;
  try {
    json = await guarded.json();
  } catch {
    return errorResponse(400, 'The request body is not JSON.');
  }
  const parsed = decisionRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(
      400,
      `The request is not a review decision (field "${issue?.path.join('.') || 'root'}": ${issue?.message ?? 'invalid'}).`,
    );
  }
  try {
    return Response.json({ decisions: recordDecisions(parsed.data) }, { status: 201 });
  } catch (error) {
    const refused = libraryErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
