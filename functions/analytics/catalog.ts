import { eq } from "drizzle-orm";
import { sha256Hex } from "../crypto";
import { posts, postTopics, settings, sitePages } from "../db/schema";
import type { Database } from "../env";
import type { Catalog } from "../schemas/catalog";

const catalogHashKey = "catalog.hash";

function hashCatalog(catalog: Catalog): Promise<string> {
  return sha256Hex(JSON.stringify(catalog));
}

/** D1 binds at most 100 values to one statement. */
const pagesPerInsert = 100;

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

/**
 * Replaces the posts, post_topics and site_pages tables with the build's catalog, in one
 * batch, unless the catalog is unchanged since the last sync. Returns whether it wrote.
 */
export async function syncCatalog(db: Database, catalog: Catalog, now: Date): Promise<boolean> {
  const hash = await hashCatalog(catalog);
  const [stored] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, catalogHashKey));
  if (stored?.value === hash) return false;
  const topicRows = catalog.posts.flatMap((post) =>
    post.topics.map((topic) => ({ postSlug: post.slug, topicSlug: topic.slug, topicName: topic.name })),
  );
  const postRows = catalog.posts.map(({ topics: _topics, ...post }) => post);
  await db.batch([
    db.delete(postTopics),
    db.delete(posts),
    db.delete(sitePages),
    ...postRows.map((row) => db.insert(posts).values(row)),
    ...topicRows.map((row) => db.insert(postTopics).values(row)),
    ...chunk(catalog.pages ?? [], pagesPerInsert).map((paths) =>
      db.insert(sitePages).values(paths.map((path) => ({ path }))),
    ),
    db
      .insert(settings)
      .values({ key: catalogHashKey, value: hash, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: hash, updatedAt: now } }),
  ]);
  return true;
}

/**
 * Where the Worker's static assets serve the build's catalog. The assets binding answers by
 * path alone, so the host is a fixed placeholder: no request ever chooses where the catalog
 * comes from.
 */
const catalogAssetUrl = "https://assets.local/catalog.json";

/** Reads /catalog.json from the Worker's static assets and syncs it. */
export async function syncCatalogFromAssets(
  db: Database,
  assets: Fetcher,
  parse: (body: unknown) => Catalog,
  now: Date,
) {
  const response = await assets.fetch(catalogAssetUrl);
  if (!response.ok) throw new Error(`catalog.json: ${response.status}`);
  return syncCatalog(db, parse(await response.json()), now);
}

/**
 * Syncs the catalog for a post the posts table does not know yet (published since the cron
 * last ran), from the static assets only; does nothing when they do not answer. A catalog is
 * never fetched over the network: not from a host a request names (a client would choose
 * what D1 believes the posts are), and not from the configured site either, whose catalog
 * lacks the drafts written under `astro dev` and would put the live site's posts into a
 * local database. Under `astro dev` the assets hold no catalog (it is a route, not a file),
 * so there the posts come from `npm run db:seed-demo`.
 */
export async function trySyncCatalogFromAssets(
  db: Database,
  assets: Fetcher,
  parse: (body: unknown) => Catalog,
  now: Date,
): Promise<void> {
  const response = await assets.fetch(catalogAssetUrl).catch(() => null);
  if (!response?.ok) return;
  await syncCatalog(db, parse(await response.json()), now);
}
