import { z } from "zod";

/** A bare host name such as `mastodon.social` (RFC 1123 labels), never a URL. */
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  // The last label needs a letter: IP addresses are not Mastodon instances.
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?=[a-z0-9-]*[a-z])[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    {
      message: "instance must be a host name such as mastodon.social",
    },
  );

export const mastodonShareQuery = z.object({
  instance: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .replace(/^https?:\/\//i, "")
            .replace(/\/+$/, "")
        : value,
    hostName,
  ),
  path: z
    .string()
    .max(300)
    // Post ids may hold percent-encoded letters (über-uns → %C3%BCber-uns) but never another path segment.
    .regex(/^\/posts\/(?!\.\.?\/)[^/?#\\\s]+\/$/, { message: "path must be a post path such as /posts/my-post/" }),
  title: z.string().trim().min(1).max(200),
});

export type MastodonShareQuery = z.infer<typeof mastodonShareQuery>;
