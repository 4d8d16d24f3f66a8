import { env } from "cloudflare:workers";
import { drizzle } from "drizzle-orm/d1";
import { expect } from "vitest";
import type { RequestContext } from "../../../functions/analytics/request-context";
import app from "../../../functions/app";
import * as schema from "../../../functions/db/schema";
import type { Database } from "../../../functions/env";
import type { EngagementEvent, GoalEvent, OutboundEvent, PageviewEvent } from "../../../functions/schemas/event";

/** The configured site URL (site.config.ts), which every request host accepts. */
export const siteOrigin = "https://resonanz.example";

export const chromeUserAgent =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
export const firefoxUserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
export const googlebotUserAgent = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

export function openDatabase(): Database {
  return drizzle(env.DB, { schema });
}

/** A fresh page id in the tracker's alphabet, so that no two events share one by accident. */
export function makePageId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

export function makePageview(overrides: Partial<PageviewEvent> = {}): PageviewEvent {
  return { type: "pageview", url: `${siteOrigin}/posts/why-pageviews-lie/`, pageId: makePageId(), ...overrides };
}

export function makeEngagement(overrides: Partial<EngagementEvent> = {}): EngagementEvent {
  return {
    type: "engagement",
    url: `${siteOrigin}/posts/why-pageviews-lie/`,
    pageId: makePageId(),
    engagedMs: 45_000,
    scrollDepth: 80,
    ...overrides,
  };
}

export function makeGoal(overrides: Partial<GoalEvent> = {}): GoalEvent {
  return {
    type: "goal",
    url: `${siteOrigin}/posts/why-pageviews-lie/`,
    pageId: makePageId(),
    name: "contact",
    ...overrides,
  };
}

export function makeOutbound(overrides: Partial<OutboundEvent> = {}): OutboundEvent {
  return {
    type: "outbound",
    url: `${siteOrigin}/posts/why-pageviews-lie/`,
    pageId: makePageId(),
    target: "https://www.example.org/studie?quelle=resonanz",
    ...overrides,
  };
}

export function makeContext(overrides: Partial<RequestContext> = {}): RequestContext {
  return {
    now: new Date("2026-03-10T12:00:00Z"),
    ip: "203.0.113.9",
    userAgent: chromeUserAgent,
    country: "DE",
    requestHost: "resonanz.example",
    ...overrides,
  };
}

export interface PostOptions {
  /** null sends no Content-Type header at all. */
  contentType?: string | null | undefined;
  userAgent?: string;
  ip?: string;
  origin?: string;
  /** A Cookie header, as a browser sends it along. */
  cookie?: string;
  /** Further headers a browser adds, such as Origin and Sec-Fetch-Site. */
  headers?: Record<string, string>;
  /** The Worker's bindings; the test environment's unless a test breaks them. */
  bindings?: Env;
}

/**
 * The address a test posts from unless it names one: one per test, so that the collector's
 * limit per client (functions/analytics/event-limit.ts), whose counters outlive a test file,
 * never sees the events of different tests as one client's.
 */
function addressOfThisTest(): string {
  const { testPath = "", currentTestName = "" } = expect.getState();
  let hash = 2166136261;
  for (const char of `${testPath}\n${currentTestName}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return `198.${18 + (hash & 1)}.${(hash >>> 8) & 255}.${(hash >>> 16) & 255}`;
}

/**
 * Posts a body to the collector the way a browser does. A string body would make
 * `fetch` add `text/plain`, so a missing Content-Type needs the body as bytes.
 */
export async function postEvent(body: string, options: PostOptions = {}): Promise<Response> {
  const { contentType = "application/json", userAgent = chromeUserAgent, ip = addressOfThisTest() } = options;
  const headers = new Headers({ "User-Agent": userAgent, "CF-Connecting-IP": ip });
  if (contentType !== null) headers.set("Content-Type", contentType);
  if (options.cookie !== undefined) headers.set("Cookie", options.cookie);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return app.request(
    `${options.origin ?? siteOrigin}/api/event`,
    { method: "POST", body: contentType === null ? new TextEncoder().encode(body) : body, headers },
    options.bindings ?? env,
  );
}

export function postJson(event: object, options: PostOptions = {}): Promise<Response> {
  return postEvent(JSON.stringify(event), options);
}
