import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { pageSchema, postSchemaWithImages } from "./lib/post-schema";

const posts = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./content/posts" }),
  schema: ({ image }) => postSchemaWithImages(image),
});

const pages = defineCollection({
  loader: glob({ pattern: "**/*.{md,mdx}", base: "./content/pages" }),
  schema: pageSchema,
});

export const collections = { posts, pages };
