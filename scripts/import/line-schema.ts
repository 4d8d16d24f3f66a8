/**
 * One line of an import file: a tracker event exactly as `POST /api/event` takes it
 * (functions/schemas/event.ts), plus when it happened and who stood behind it; or a comment.
 * Objects are strict like the collector's, so a field the import would drop (an e-mail
 * address, an IP address, a User-Agent) makes the line bad instead of vanishing unnoticed.
 */
import { z } from "zod";
import type { DeviceClass } from "../../functions/analytics/user-agent.ts";
import { newCommentSchema } from "../../functions/schemas/comment.ts";
import { engagementEvent, goalEvent, outboundEvent, pageviewEvent } from "../../functions/schemas/event.ts";

/** Longer lines are bad without being parsed; the collector takes at most 4 KB per event. */
export const maxLineBytes = 1_000_000;

/** Nothing older is history this blog engine can have; nothing later than the run has happened. */
export const earliestAt = Date.parse("2000-01-01T00:00:00Z");

const deviceClasses = ["desktop", "mobile", "tablet"] as const satisfies readonly DeviceClass[];

function atField(now: Date) {
  return z.iso
    .datetime({ message: "must be an ISO 8601 UTC timestamp such as 2026-03-14T09:30:00Z" })
    .transform((value) => new Date(value))
    .refine((at) => at.getTime() >= earliestAt, { message: "must not be before 2000-01-01" })
    .refine((at) => at.getTime() <= now.getTime(), { message: "must not be in the future" });
}

/** What an import line adds to a tracker event; the collector reads these from the request instead. */
function readerFields(now: Date) {
  return {
    at: atField(now),
    /** Stands in for one reader: hashed with the day's salt in place of the IP address, never stored. */
    visitor: z.string().min(1).max(1000).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166 alpha-2 code in capitals, such as DE" })
      .optional(),
    /** What the collector derives from the User-Agent; "unknown" when the line does not say. */
    device: z.enum(deviceClasses).optional(),
    browser: z
      .string()
      .regex(/^[\w .-]{1,40}$/, { message: "must be 1-40 letters, digits, spaces, _ . or -" })
      .optional(),
  };
}

function commentLine(now: Date) {
  return z.strictObject({
    type: z.literal("comment"),
    at: atField(now),
    post: newCommentSchema.shape.post,
    /** The pageview the comment was written on, for its channel, source and campaign. */
    pageId: pageviewEvent.shape.pageId,
    name: newCommentSchema.shape.name,
    website: newCommentSchema.shape.website,
    text: newCommentSchema.shape.text,
    status: z.enum(["approved", "pending", "spam"]),
    byAuthor: z.boolean().default(false),
  });
}

/** The schema of a line, with `now` as the latest time a line may carry. */
export function importLineSchema(now: Date) {
  const fields = readerFields(now);
  return z.discriminatedUnion(
    "type",
    [
      pageviewEvent.extend(fields),
      engagementEvent.extend(fields),
      outboundEvent.extend(fields),
      goalEvent.extend(fields),
      commentLine(now),
    ],
    {
      error: (issue) =>
        issue.code === "invalid_union"
          ? "type must be one of pageview, engagement, outbound, goal, comment"
          : undefined,
    },
  );
}

export type ImportLine = z.infer<ReturnType<typeof importLineSchema>>;
export type PageviewLine = Extract<ImportLine, { type: "pageview" }>;
export type EngagementLine = Extract<ImportLine, { type: "engagement" }>;
export type GoalLine = Extract<ImportLine, { type: "goal" }>;
export type OutboundLine = Extract<ImportLine, { type: "outbound" }>;
export type CommentLine = Extract<ImportLine, { type: "comment" }>;
export type EventLine = Exclude<ImportLine, CommentLine>;
