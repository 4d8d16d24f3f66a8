import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { z } from "zod";
import app from "../../../functions/app";
import { issueFormToken, minimumFillMs } from "../../../functions/comments/form-token";
import { comments, posts } from "../../../functions/db/schema";
import type { Catalog } from "../../../functions/schemas/catalog";
import { openDatabase, siteOrigin } from "./events";

/**
 * The Worker's static assets as far as the comments API reads them: /catalog.json.
 * The workers pool binds no ASSETS, and the API reaches for the catalog when a post is unknown.
 */
function catalogAssets(catalog: Catalog): Fetcher {
  return {
    fetch: async (input) => {
      const url = new URL(input instanceof Request ? input.url : input);
      return url.pathname === "/catalog.json" ? Response.json(catalog) : new Response("Not found", { status: 404 });
    },
    connect: () => {
      throw new Error("the test assets open no sockets");
    },
  };
}

/** The bindings plus the given variables (secrets such as AUTHOR_API_TOKEN), with a catalog that lists `catalog`. */
export function testEnv(vars: Record<string, string> = {}, catalog: Catalog = { posts: [] }): Env {
  return Object.assign({ ...env, ASSETS: catalogAssets(catalog) }, vars);
}

export type PostRow = typeof posts.$inferInsert;

export async function insertPost(overrides: Partial<PostRow> = {}): Promise<PostRow> {
  const slug = overrides.slug ?? "hello-world";
  const post: PostRow = {
    slug,
    path: `/posts/${slug}/`,
    title: "Hello, world",
    lang: "en",
    pubDate: "2026-01-10",
    comments: "open",
    ...overrides,
  };
  await openDatabase().insert(posts).values(post);
  return post;
}

/** Stores a comment as it would be after moderation, and returns its id. */
export async function insertComment(overrides: Partial<typeof comments.$inferInsert> = {}): Promise<number> {
  const [row] = await openDatabase()
    .insert(comments)
    .values({
      postSlug: "hello-world",
      name: "Ada",
      text: "A stored comment.",
      status: "approved",
      createdAt: Date.now(),
      ...overrides,
    })
    .returning({ id: comments.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function findComment(id: number) {
  const [row] = await openDatabase().select().from(comments).where(eq(comments.id, id));
  return row;
}

export async function countComments(): Promise<number> {
  return (await openDatabase().select({ id: comments.id }).from(comments)).length;
}

/** A form token old enough to pass the fill-time check, as if the reader had taken a while to write. */
export function filledFormToken(post: string, ageMs = minimumFillMs + 7_000): Promise<string> {
  return issueFormToken(openDatabase(), post, new Date(Date.now() - ageMs));
}

export type CommentFields = Record<string, string | number>;

export async function validComment(post = "hello-world", overrides: CommentFields = {}): Promise<CommentFields> {
  return { post, name: "Ada Lovelace", text: "Thoughtful words.", token: await filledFormToken(post), ...overrides };
}

export type Encoding = "json" | "urlencoded" | "multipart";

function encode(fields: CommentFields, encoding: Encoding): { body: BodyInit; headers: Record<string, string> } {
  const strings = Object.entries(fields).map(([key, value]): [string, string] => [key, String(value)]);
  if (encoding === "json") return { body: JSON.stringify(fields), headers: { "Content-Type": "application/json" } };
  if (encoding === "urlencoded") {
    return {
      body: new URLSearchParams(strings).toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    };
  }
  const form = new FormData();
  for (const [key, value] of strings) form.set(key, value);
  // fetch sets the multipart boundary itself.
  return { body: form, headers: {} };
}

export async function sendComment(
  fields: CommentFields,
  options: { encoding?: Encoding; ip?: string; bindings?: Env; executionCtx?: ExecutionContext } = {},
): Promise<Response> {
  const { body, headers } = encode(fields, options.encoding ?? "json");
  return app.request(
    `${siteOrigin}/api/comments`,
    { method: "POST", body, headers: { ...headers, "CF-Connecting-IP": options.ip ?? "203.0.113.7" } },
    options.bindings ?? testEnv(),
    options.executionCtx,
  );
}

export async function sendRaw(body: string, contentType: string | null): Promise<Response> {
  return app.request(
    `${siteOrigin}/api/comments`,
    { method: "POST", body, headers: contentType ? { "Content-Type": contentType } : {} },
    testEnv(),
  );
}

/** The id and token of the private deletion link the API answers with. */
export function parseDeleteUrl(deleteUrl: string): { id: number; token: string } {
  const url = new URL(deleteUrl, siteOrigin);
  return { id: Number(url.searchParams.get("id")), token: url.searchParams.get("token") ?? "" };
}

const acceptedSchema = z.object({
  id: z.number().int().positive(),
  status: z.enum(["pending", "approved"]),
  deleteUrl: z.string(),
});

/** The answer to an accepted comment, checked against its documented shape. */
export async function readAccepted(response: Response) {
  return acceptedSchema.parse(await response.json());
}

const errorSchema = z.object({ error: z.string() });

export async function readError(response: Response): Promise<string> {
  return errorSchema.parse(await response.json()).error;
}
