import { z } from "zod";
import { siteLanguages } from "../../shared/languages";

/**
 * The published posts and their topics as the build knows them, and the path of every page of
 * the site (what the roll-ups fold other paths against, functions/analytics/fold-values.ts). Astro writes it to
 * /catalog.json (src/pages/catalog.json.ts); the Worker syncs it into D1 so that
 * queries can join pageviews to posts and topics.
 */
export const catalogSchema = z.object({
  posts: z
    .array(
      z.object({
        slug: z.string().min(1).max(200),
        path: z.string().startsWith("/").max(300),
        title: z.string().min(1).max(200),
        lang: z.enum(siteLanguages),
        pubDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        comments: z.enum(["open", "closed"]),
        topics: z.array(z.object({ slug: z.string().min(1).max(100), name: z.string().min(1).max(100) })).max(20),
      }),
    )
    .max(10_000),
  /** Absent from a catalog that carries posts only (a test's, an older build's): then no path counts as "(not a page)". */
  pages: z.array(z.string().startsWith("/").max(300)).max(50_000).optional(),
});

export type Catalog = z.infer<typeof catalogSchema>;
