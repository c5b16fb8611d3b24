export { DECISIONS_FILE, parseDecisions, readDecisions, recordDecisions, ReviewFileError } from './file';
export { decisionFor, findingTarget, reviewFindings } from './match';
export {
  decisionRequestSchema,
  findingTargetSchema,
  MAX_REASON_LENGTH,
  MAX_REVIEWER_LENGTH,
  REVIEW_SCOPES,
  REVIEW_STATUSES,
  reviewDecisionSchema,
  SCOPE_LABEL,
  STATUS_LABEL,
} from './types';
export type { DecisionRequest, FindingTarget, ReviewDecision, ReviewedFinding, ReviewScope, ReviewStatus } from './types';
