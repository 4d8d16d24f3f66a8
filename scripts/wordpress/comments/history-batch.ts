/**
 * The comments of one request to the history Worker (history-worker.ts), as the importer
 * sends them and the Worker checks them: fields as a reader's form sends them, plus what
 * history keeps (date, status, author mark, WordPress id).
 */
import { z } from "zod";

export const historyEntrySchema = z.object({
  wordpressId: z.number().int().positive(),
  fields: z.object({
    post: z.string().max(200),
    name: z.string().max(1000),
    website: z.string().max(1000).optional(),
    text: z.string().max(100_000),
    parent: z.number().int().positive().optional(),
  }),
  createdAt: z.iso.datetime(),
  status: z.enum(["pending", "approved", "spam"]),
  byAuthor: z.boolean(),
  answers: z.number().int().positive().optional(),
});

export const historyBatchSchema = z.object({ entries: z.array(historyEntrySchema).max(2_000) });

export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyOutcomeSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("accepted"), wordpressId: z.number(), id: z.number(), stored: z.boolean() }),
  z.object({ outcome: z.literal("refused"), wordpressId: z.number(), message: z.string() }),
]);

export const historyAnswerSchema = z.object({ outcomes: z.array(historyOutcomeSchema) });

export type HistoryOutcome = z.infer<typeof historyOutcomeSchema>;

/** The WordPress ids to look up, and the ids here of those an earlier import stored. */
export const knownQuerySchema = z.object({ wordpressIds: z.array(z.number().int().positive()).max(2_000) });
export const knownAnswerSchema = z.object({ known: z.array(z.object({ wordpressId: z.number(), id: z.number() })) });

/** The import key of a WordPress comment (functions/comments/store-historic.ts). */
export function wordpressCommentKey(wordpressId: number): string {
  return `wordpress:${wordpressId}`;
}
