import { z } from "astro/zod";
import { siteLanguages } from "../../shared/languages";

/** The contract between an author's frontmatter and the site; a bad post fails the build. */
export const postSchema = z
  .object({
    title: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(200),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    tags: z.array(z.string().trim().min(1).max(60)).min(1, "a post needs at least one topic in `tags`").max(10),
    draft: z.boolean().default(false),
    lang: z.enum(siteLanguages).optional(),
    comments: z.enum(["open", "closed"]).default("open"),
    /** Who wrote it, when not the site's author (posts imported from a blog with several authors). */
    author: z.string().trim().min(1).max(80).optional(),
    /** The series the post is part of; a series' posts are linked in the order of their `pubDate`. */
    series: z.string().trim().min(1).max(80).optional(),
    /** The slug of the post this one translates (its file name); the two then link each other. */
    translationOf: z
      .string()
      .trim()
      .max(200)
      .regex(/^[^/\\\s]+$/, "`translationOf` is a post's slug, its file name without .md")
      .optional(),
    /** The post's id on the WordPress blog it was imported from: a second import finds it by this. */
    wordpressId: z.number().int().positive().optional(),
  })
  .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
    message: "`updatedDate` must not be before `pubDate`",
    path: ["updatedDate"],
  });

export type PostFrontmatter = z.infer<typeof postSchema>;

/** Standalone pages such as /about/: no date, no topics. */
export const pageSchema = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(200),
  lang: z.enum(siteLanguages).optional(),
  draft: z.boolean().default(false),
  wordpressId: z.number().int().positive().optional(),
});
