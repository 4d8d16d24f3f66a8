import type { ImageFunction } from "astro/content/config";
import { z } from "astro/zod";
import { siteLanguages } from "../../shared/languages";

/**
 * The post contract, for whatever reads a post's `card`: the site reads it with Astro's
 * `image()` (a file beside the post, with its width and height), scripts and tests as the
 * path that the frontmatter names.
 */
function postSchemaWithCard<Card extends z.ZodType>(card: Card) {
  return z
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
      /** The post's own social card (a JPEG or PNG beside the post) instead of the generated one. */
      card: card.optional(),
      /** What the post's own card shows, for readers who cannot see it; defaults to the title. */
      cardAlt: z.string().trim().min(1).max(200).optional(),
    })
    .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
      message: "`updatedDate` must not be before `pubDate`",
      path: ["updatedDate"],
    });
}

/** The contract between an author's frontmatter and the site; a bad post fails the build. */
export const postSchema = postSchemaWithCard(z.string().trim().min(1).max(300));

export type PostFrontmatter = z.infer<typeof postSchema>;

/** The same contract, with the post's card read as an image by Astro (content.config.ts). */
export function postSchemaWithImages(image: ImageFunction) {
  return postSchemaWithCard(image());
}

/** Standalone pages such as /about/: no date, no topics. */
export const pageSchema = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().min(1).max(200),
  lang: z.enum(siteLanguages).optional(),
  draft: z.boolean().default(false),
  wordpressId: z.number().int().positive().optional(),
});
