import { z } from 'zod';
import { REVIEW_SCOPES, REVIEW_STATUSES, type ReviewStatus } from './labels';

export { REVIEW_SCOPES, REVIEW_STATUSES, SCOPE_LABEL, STATUS_LABEL } from './labels';
export type { ReviewScope, ReviewStatus } from './labels';

/** Longest reason and reviewer name kept: a sentence and a name, not a document. */
export const MAX_REASON_LENGTH = 500;
export const MAX_REVIEWER_LENGTH = 80;

/**
 * What a finding is, in terms that survive re-running the checks, re-aligning the document and editing its other
 * paragraphs: the note's kind, its term (or number) and rendering, its document, and the Chinese sentence it stands
 * in (white space left out), rather than bead numbers or offsets.
 */
export const findingTargetSchema = z.strictObject({
  kind: z.string().min(1).max(40),
  term: z.string().min(1).max(100),
  /** The rendering as normalised (lib/terms normalizeRendering), null for none (not found, a number). */
  rendering: z.string().max(300).nullable(),
  slug: z.string().min(1).max(120),
  context: z.string().max(2000),
});
export type FindingTarget = z.infer<typeof findingTargetSchema>;

export const reviewDecisionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  scope: z.enum(REVIEW_SCOPES),
  status: z.enum(REVIEW_STATUSES),
  target: findingTargetSchema,
  reason: z.string().max(MAX_REASON_LENGTH).optional(),
  reviewer: z.string().max(MAX_REVIEWER_LENGTH).optional(),
  /** ISO time the decision was made. */
  at: z.iso.datetime(),
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** A decision as a reviewer sends it: the rest (id, time) is the server's. */
export const decisionRequestSchema = z.strictObject({
  scope: z.enum(REVIEW_SCOPES),
  status: z.enum(REVIEW_STATUSES),
  targets: z.array(findingTargetSchema).min(1).max(1000),
  reason: z.string().max(MAX_REASON_LENGTH).optional(),
  reviewer: z.string().max(MAX_REVIEWER_LENGTH).optional(),
});
export type DecisionRequest = z.infer<typeof decisionRequestSchema>;

/** A finding with the decision that applies to it, if any. */
export interface ReviewedFinding {
  target: FindingTarget;
  status: ReviewStatus;
  decision: ReviewDecision | null;
}
