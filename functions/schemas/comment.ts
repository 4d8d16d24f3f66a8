import { z } from "zod";
import { pageId } from "./event";

/** Form fields arrive as strings; an empty optional field means "not given". */
const optionalText = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * A reader's comment, from the no-JS form (form-encoded) or from the inline
 * script and API clients (JSON). `trap` is the honeypot: humans never see it, and no
 * browser autofills it. `email` was its name until browsers' autofill filled it for readers;
 * a bot that still sends a scraped old form fills it, so it stays a honeypot.
 */
export const newCommentSchema = z.object({
  post: z.string().trim().min(1, "post: missing").max(200),
  name: z.string().trim().min(1, "please enter your name").max(80, "at most 80 characters"),
  website: optionalText(
    z
      .string()
      .trim()
      .max(300)
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
        message: "must start with http:// or https://",
      }),
  ),
  text: z.string().trim().min(1, "please write a comment").max(5000, "at most 5,000 characters"),
  parent: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number().int().positive().optional(),
  ),
  token: z.string().max(200).default(""),
  trap: z.string().max(500).default(""),
  email: z.string().max(500).default(""),
  turnstileToken: z.string().max(4096).optional(),
  /** The tracker's id of the pageview the comment was written on; empty without JavaScript. */
  pageId: optionalText(pageId),
});

export type NewComment = z.infer<typeof newCommentSchema>;

export const commentsQuery = z.object({ post: z.string().trim().min(1).max(200) });

export const deleteCommentSchema = z.object({ token: z.string().min(16).max(200) });

export const commentIdParam = z.object({ id: z.coerce.number().int().positive() });

export const authorReplySchema = z.object({ text: z.string().trim().min(1).max(5000) });

export const commentStatusQuery = z.object({ status: z.enum(["pending", "approved", "spam"]).default("pending") });

/** The query of the reader's private deletion link (see deleteCommentPath in shared/urls.ts). */
export const deleteLinkQuery = z.object({
  id: z.coerce.number().int().positive(),
  token: deleteCommentSchema.shape.token,
});
