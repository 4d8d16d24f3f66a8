import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { cardManifestPath, cardManifestSchema, type GeneratedCard } from "../lib/social-card";
import { type CardRenderer, createCardRenderer } from "./social-card-render";

/** PNGs being encoded at once: resvg encodes on libuv's thread pool while satori lays out the next card. */
const pngsInFlight = 4;

interface CardCache {
  folder: URL;
  used: Set<string>;
}

/** One card into `site`: the PNG of an unchanged SVG is copied from the cache, any other is rendered. */
async function writeCard(card: GeneratedCard, site: URL, renderer: CardRenderer, cache: CardCache): Promise<boolean> {
  const svg = await renderer.toSvg(card);
  const key = createHash("sha256").update(renderer.pngSettings).update(svg).digest("hex");
  const cached = new URL(`${key}.png`, cache.folder);
  const target = fileURLToPath(new URL(`.${decodeURIComponent(card.path)}`, site));
  await mkdir(dirname(target), { recursive: true });
  cache.used.add(`${key}.png`);
  const copied = await copyFile(cached, target).then(
    () => true,
    () => false,
  );
  if (copied) return false;
  const png = await renderer.toPng(svg);
  // Into the cache by a rename, so that an interrupted build never leaves half a PNG there.
  const unfinished = new URL(`${key}.png.${process.pid}`, cache.folder);
  await Promise.all([writeFile(target, png), writeFile(unfinished, png).then(() => rename(unfinished, cached))]);
  return true;
}

/** Renders the cards with at most `pngsInFlight` PNGs encoding at once; returns how many were rendered. */
async function writeCards(
  cards: GeneratedCard[],
  site: URL,
  renderer: CardRenderer,
  cache: CardCache,
): Promise<number> {
  let rendered = 0;
  const inFlight = new Set<Promise<void>>();
  for (const card of cards) {
    const task = writeCard(card, site, renderer, cache).then((fresh) => {
      if (fresh) rendered += 1;
      inFlight.delete(task);
    });
    inFlight.add(task);
    if (inFlight.size >= pngsInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return rendered;
}

/** Cards of earlier builds that this one no longer has, so the cache stays the size of the site. */
async function pruneCache(cache: CardCache): Promise<void> {
  const files = await readdir(cache.folder);
  await Promise.all(files.filter((file) => !cache.used.has(file)).map((file) => rm(new URL(file, cache.folder))));
}

type DevMiddleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Under `astro dev`, draws a card when it is asked for (`/cards/posts/<slug>.png`), from the
 * dev server's own manifest, so that an author sees a post's card before building.
 */
function serveCardsInDev(root: URL): DevMiddleware {
  let renderer: Promise<CardRenderer> | undefined;
  return (request, response, next) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://dev").pathname);
    if (!path.startsWith("/cards/") || !path.endsWith(".png")) return next();
    const manifestUrl = new URL(cardManifestPath, `http://${request.headers.host ?? "localhost"}`);
    (async () => {
      const cards = cardManifestSchema.parse(await (await fetch(manifestUrl)).json());
      const card = cards.find((listed) => decodeURIComponent(listed.path) === path);
      if (!card) return next();
      renderer ??= createCardRenderer(root);
      const drawn = await renderer;
      response.setHeader("Content-Type", "image/png");
      response.setHeader("Cache-Control", "no-store");
      response.end(await drawn.toPng(await drawn.toSvg(card)));
    })().catch(next);
  };
}

/**
 * Where a project keeps its rendered cards. One folder per project root: checkouts that share
 * one node_modules (git worktrees) do not prune each other's cards.
 */
export function cardCacheFolder(root: URL): URL {
  const project = createHash("sha256").update(root.href).digest("hex").slice(0, 12);
  return new URL(`node_modules/.cache/resonanz-social-cards/${project}/`, root);
}

/**
 * Writes the social cards after the build, in Node: the pages are prerendered inside workerd,
 * where resvg's native renderer cannot run. The pages list their cards in a manifest
 * (src/pages/cards/manifest.json.ts); this reads it, renders each card and removes it. A
 * card whose SVG is unchanged since an earlier build is copied from node_modules/.cache.
 */
export function socialCards(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: "resonanz:social-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
      },
      "astro:server:setup": ({ server }) => {
        const projectRoot = root;
        if (projectRoot) server.middlewares.use(serveCardsInDev(projectRoot));
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!root) throw new Error("the social cards need the project root");
        const manifest = new URL(`.${cardManifestPath}`, dir);
        const cards = cardManifestSchema.parse(JSON.parse(await readFile(manifest, "utf8")));
        await rm(manifest);
        if (cards.length === 0) return;
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const cache = { folder: cardCacheFolder(root), used: new Set<string>() };
        await mkdir(cache.folder, { recursive: true });
        const rendered = await writeCards(cards, dir, await createCardRenderer(root), cache);
        await pruneCache(cache);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        // CPU time too, resvg's threads included: on a busy machine it says what the cards cost.
        const cpu = process.cpuUsage(cpuBefore);
        const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
        logger.info(
          `Wrote ${cards.length} social cards (${rendered} rendered, ${cards.length - rendered} from the cache) in ${seconds} s, ${cpuSeconds} s CPU.`,
        );
      },
    },
  };
}
