/**
 * Weighs a page as a first visit downloads it: the HTML plus every stylesheet and script it
 * references. Each is gzipped on its own, as the server compresses each response on its own.
 * Imports made by module scripts are not followed; the site ships none today.
 */
import { gzipSync } from "node:zlib";
import { type HTMLElement, parse } from "node-html-parser";

// Issue 3: a post page, with its CSS and JS, fits in 12 KB gzip.
export const budgetGzipBytes = 12 * 1024;

export type ResourceKind = "html" | "stylesheet" | "script";

export interface Resource {
  url: string;
  kind: ResourceKind;
  rawBytes: number;
  gzipBytes: number;
}

interface Subresource {
  url: string;
  kind: ResourceKind;
}

export interface PageWeight {
  resources: Resource[];
  rawBytes: number;
  gzipBytes: number;
  /** External classic scripts in <head>: the browser waits for each before it renders. */
  renderBlockingScripts: string[];
  /** Inline classic scripts in <head>: they hold the parser but cost no request. */
  inlineHeadScripts: number;
  /** Font files named by the HTML or by any stylesheet or script. */
  fonts: string[];
}

const javascriptTypes = new Set(["", "text/javascript", "application/javascript", "module"]);
const fontPattern = /[\w./:-]+\.(?:woff2?|ttf|otf)\b/gi;

async function fetchResource(url: string, kind: ResourceKind): Promise<{ resource: Resource; text: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  // fetch has already undone any Content-Encoding, so these are the uncompressed bytes.
  const body = Buffer.from(await response.arrayBuffer());
  const gzipBytes = gzipSync(body, { level: 9 }).length;
  return { resource: { url, kind, rawBytes: body.length, gzipBytes }, text: body.toString("utf8") };
}

function readScriptType(script: HTMLElement): string {
  return (script.getAttribute("type") ?? "").trim().toLowerCase();
}

/** False for data blocks such as JSON-LD, which the browser neither fetches nor runs. */
function isExecutableScript(script: HTMLElement): boolean {
  return javascriptTypes.has(readScriptType(script));
}

function isRenderBlocking(script: HTMLElement): boolean {
  return (
    script.hasAttribute("src") &&
    !script.hasAttribute("async") &&
    !script.hasAttribute("defer") &&
    readScriptType(script) !== "module"
  );
}

function listSubresources(document: HTMLElement, pageUrl: string): Subresource[] {
  const stylesheets = document
    .querySelectorAll("link[href]")
    .filter((link) => (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet"))
    .map((link): Subresource => ({ url: new URL(link.getAttribute("href") ?? "", pageUrl).href, kind: "stylesheet" }));
  const scripts = document
    .querySelectorAll("script[src]")
    .filter(isExecutableScript)
    .map((script): Subresource => ({ url: new URL(script.getAttribute("src") ?? "", pageUrl).href, kind: "script" }));
  return [...stylesheets, ...scripts];
}

export async function weighPage(pageUrl: string): Promise<PageWeight> {
  const page = await fetchResource(pageUrl, "html");
  const document = parse(page.text);
  const subresources = await Promise.all(
    listSubresources(document, pageUrl).map(({ url, kind }) => fetchResource(url, kind)),
  );
  const fetched = [page, ...subresources];
  const resources = fetched.map(({ resource }) => resource);
  const headScripts = document.querySelectorAll("head script").filter(isExecutableScript);
  const fonts = fetched.flatMap(({ text }) => text.match(fontPattern) ?? []);
  return {
    resources,
    rawBytes: resources.reduce((sum, resource) => sum + resource.rawBytes, 0),
    gzipBytes: resources.reduce((sum, resource) => sum + resource.gzipBytes, 0),
    renderBlockingScripts: headScripts.filter(isRenderBlocking).map((script) => script.getAttribute("src") ?? ""),
    inlineHeadScripts: headScripts.filter((script) => !script.hasAttribute("src")).length,
    fonts: [...new Set(fonts)],
  };
}
