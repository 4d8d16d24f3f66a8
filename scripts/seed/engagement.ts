/**
 * What a demo reader does on a page: how long they stay engaged, how far they scroll,
 * whether they click a goal or an outbound link. Attention differs by topic, by source
 * (newsletter readers read, social scrollers skim) and by device.
 */

import { chance, integerBetween, logNormal, pickOne, type Random } from "../lib/random.ts";
import type { DemoPage } from "./pages.ts";
import type { DeviceKind } from "./user-agents.ts";

export interface Engagement {
  engagedMs: number;
  scrollDepth: number;
}

// Share of reading time an attentive reader spends on a post of the topic.
const topicDepth: Readonly<Record<string, number>> = {
  datenschutz: 0.62,
  analytics: 0.58,
  newsletter: 0.5,
  "content-strategy": 0.45,
  "social-media": 0.36,
};

// Capped like the tracker's report (functions/schemas/event.ts).
const maxEngagedMs = 6 * 60 * 60 * 1000;

function depthOf(page: DemoPage): number {
  if (page.topics.length === 0 || page.kind !== "post") return 0.5;
  return page.topics.reduce((sum, topic) => sum + (topicDepth[topic] ?? 0.45), 0) / page.topics.length;
}

export function simulateEngagement(
  random: Random,
  page: DemoPage,
  reader: { bounce: number; attention: number; device: DeviceKind },
): Engagement {
  // The tab was closed before the tracker could report, or the report was blocked.
  if (chance(random, 0.07)) return { engagedMs: 0, scrollDepth: 0 };
  const bounce = page.kind === "post" ? reader.bounce + (0.5 - depthOf(page)) * 0.3 : reader.bounce * 0.8;
  if (chance(random, bounce)) {
    return { engagedMs: integerBetween(random, 800, 12_000), scrollDepth: integerBetween(random, 0, 35) };
  }
  const mobile = reader.device === "mobile" ? 0.85 : 1;
  // Many who stay still skim: the median reader gives a post about a third of its reading time.
  const median = page.readingMs * depthOf(page) * reader.attention * mobile * 0.55;
  const engagedMs = Math.min(maxEngagedMs, Math.round(logNormal(random, median, 0.8)));
  // Scrolling follows reading, with a wide spread: skimmers scroll far, careful readers stop early.
  const fraction = Math.min(1, (engagedMs / page.readingMs) * logNormal(random, 1.1, 0.35));
  const scrollDepth = Math.max(0, Math.min(100, Math.round(10 + 90 * fraction + (mobile < 1 ? 5 : 0))));
  return { engagedMs, scrollDepth };
}

/** Goal clicks: the newsletter sign-up and the contact link, mostly after a real read. */
export function pickGoal(random: Random, page: DemoPage, sourceName: string, engaged: boolean): string | null {
  const interest = engaged ? 1 : 0.15;
  const topics = new Set(page.topics);
  let newsletter = 0.007 * interest * (topics.has("newsletter") ? 3 : 1);
  // Newsletter readers are subscribed already; strangers from search are not.
  newsletter *= sourceName === "Newsletter" ? 0.1 : sourceName === "Google" ? 1.5 : 1;
  let contact = 0.0025 * interest * (topics.has("datenschutz") ? 2.5 : topics.has("analytics") ? 2 : 1);
  contact *= sourceName === "LinkedIn" || sourceName === "XING" ? 1.8 : 1;
  if (page.kind === "about") contact *= 8;
  const roll = random.next();
  if (roll < newsletter) return "newsletter";
  if (roll < newsletter + contact) return "contact";
  return null;
}

const outboundHosts: Readonly<Record<string, readonly string[]>> = {
  analytics: ["plausible.io", "developer.mozilla.org", "support.google.com", "en.wikipedia.org"],
  datenschutz: ["dsgvo-gesetz.de", "www.bfdi.bund.de", "www.datenschutzkonferenz-online.de", "noyb.eu"],
  newsletter: ["www.cleverreach.com", "mailchimp.com", "www.brevo.com"],
  "content-strategy": ["www.notion.so", "trello.com"],
  "social-media": ["www.linkedin.com", "www.xing.com"],
};

/** The host of an outbound link the reader follows, if any. */
export function pickOutbound(random: Random, page: DemoPage, engaged: boolean): string | null {
  if (!chance(random, engaged ? 0.035 : 0.008)) return null;
  const topic = page.topics.length > 0 ? pickOne(random, page.topics) : "";
  return pickOne(random, outboundHosts[topic] ?? ["en.wikipedia.org", "www.linkedin.com"]);
}
