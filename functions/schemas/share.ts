import { z } from "zod";

/** A bare host name such as `mastodon.social` (RFC 1123 labels), never a URL. */
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    message: "instance must be a host name such as mastodon.social",
  });

export const mastodonShareQuery = z.object({
  instance: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/^https?:\/\//i, "").replace(/\/+$/, "") : value),
    hostName,
  ),
  path: z
    .string()
    .max(300)
    .regex(/^\/posts\/[a-z0-9-]+\/$/, { message: "path must be a post path such as /posts/my-post/" }),
  title: z.string().trim().min(1).max(200),
});

export type MastodonShareQuery = z.infer<typeof mastodonShareQuery>;
