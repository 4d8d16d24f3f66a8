import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { type HTMLElement, parse } from "node-html-parser";
import { siteConfig } from "../../../site.config";

export const distRoot = "dist/client";

/** The file that serves a URL path: `/posts/a/` is `posts/a/index.html`, `/rss.xml` is itself. */
export function distFile(urlPath: string): string {
  return join(distRoot, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
}

export function readDist(urlPath: string): string {
  return readFileSync(distFile(urlPath), "utf8");
}

export function readHtml(urlPath: string): HTMLElement {
  return parse(readDist(urlPath));
}

/** Paths under dist/client, relative and with `/` separators, of files ending in one of `extensions`. */
export function listDistFiles(extensions: string[]): string[] {
  return readdirSync(distRoot, { recursive: true, encoding: "utf8" })
    .map((path) => path.split("\\").join("/"))
    .filter((path) => extensions.includes(extname(path)))
    .sort();
}

/** The URL path a built HTML file answers to: `posts/a/index.html` is `/posts/a/`. */
export function urlPathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/(^|\/)index\.html$/, "$1")}`;
}

/** The absolute URL of `path` on the configured public origin. */
export function siteUrl(path: string): string {
  return new URL(path, siteConfig.url).href;
}

export function isOnSite(url: string): boolean {
  return URL.canParse(url) && new URL(url).origin === new URL(siteConfig.url).origin;
}
