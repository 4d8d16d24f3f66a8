import type { Refused } from "../outcome";

/**
 * Why a comment write was refused. The API answers each with a status and puts the code
 * in its error JSON as `reason`; the comment form shows each in the reader's language
 * (src/components/comments/refusal-messages.ts).
 */
export type CommentRefusalReason =
  | "invalid-name"
  | "invalid-website"
  | "invalid-text"
  | "invalid-input"
  | "unknown-post"
  | "closed"
  | "invalid-token"
  | "expired-token"
  | "turnstile"
  | "bad-parent"
  | "rate-limited"
  | "not-found";

export type CommentRefused<Reason extends CommentRefusalReason = CommentRefusalReason> = Refused<Reason>;

/**
 * The status that the API and the comments page without JavaScript answer each refusal
 * with. A deletion link answers 404 whatever its fault (see routes/comments.ts).
 */
export const refusalStatus: Record<CommentRefusalReason, 400 | 403 | 404 | 429> = {
  "invalid-name": 400,
  "invalid-website": 400,
  "invalid-text": 400,
  "invalid-input": 400,
  "unknown-post": 400,
  closed: 403,
  "invalid-token": 400,
  "expired-token": 400,
  turnstile: 400,
  "bad-parent": 400,
  "rate-limited": 429,
  "not-found": 404,
};
