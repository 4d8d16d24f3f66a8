/**
 * Where demo readers come from, and how each source behaves: which topics and languages
 * it favours, on which weekdays, on which devices, and how attentive its readers are.
 * Each source reports a referrer and query string as the tracker would; the collector's
 * classifier (classifySource) turns them into channel and source, as for real traffic.
 */

import { chance, pickOne, type Random, type Weighted } from "../lib/random.ts";
import type { DeviceKind } from "./user-agents.ts";

export type Lifecycle = "launch" | "evergreen" | "steady" | "newsletter";

export interface EntryContext {
  country: string | null;
  device: DeviceKind;
  lang: "de" | "en";
  /** The newsletter issue that brought the reader, for the utm_campaign. */
  campaign: string;
}

export interface Source {
  name: string;
  /** Share of entries on a weekday, before topic, language and the post's age. */
  share: number;
  lifecycle: Lifecycle;
  /** Multipliers by topic slug; a topic not listed counts 1. */
  topics: Readonly<Record<string, number>>;
  langs: { de: number; en: number };
  /** Sunday first. */
  weekdays: readonly number[];
  devices: Weighted<DeviceKind>;
  /** Share of visits that leave within seconds. */
  bounce: number;
  /** Factor on the engaged time of those who stay. */
  attention: number;
  entry(random: Random, context: EntryContext): { referrer?: string; query?: string };
}

const officeWeek = [0.3, 1.1, 1.25, 1.2, 1.15, 0.9, 0.35];
const everyDay = [0.65, 1.05, 1.05, 1.05, 1.0, 0.9, 0.6];
const leisureWeek = [0.85, 1.0, 1.0, 1.0, 1.0, 0.95, 0.8];

function googleHost(country: string | null): string {
  if (country === "AT") return "www.google.at";
  if (country === "CH") return "www.google.ch";
  if (country === "DE" || country === null) return "www.google.de";
  return "www.google.com";
}

export const sources: readonly Source[] = [
  {
    name: "LinkedIn",
    share: 0.2,
    lifecycle: "launch",
    topics: { datenschutz: 1.7, analytics: 1.6, "social-media": 1.4, "content-strategy": 1.1, newsletter: 0.8 },
    langs: { de: 1, en: 1 },
    weekdays: officeWeek,
    devices: [
      ["desktop", 48],
      ["mobile", 50],
      ["tablet", 2],
    ],
    bounce: 0.55,
    attention: 0.8,
    entry(random, { device }) {
      if (chance(random, 0.12)) return { query: "?utm_source=linkedin&utm_medium=social" };
      if (device === "mobile" && chance(random, 0.4)) return { referrer: "android-app://com.linkedin.android/" };
      return { referrer: chance(random, 0.3) ? "https://lnkd.in/" : "https://www.linkedin.com/" };
    },
  },
  {
    name: "XING",
    share: 0.07,
    lifecycle: "launch",
    topics: { datenschutz: 1.9, analytics: 1.4, "social-media": 1.2, newsletter: 0.9 },
    langs: { de: 1.4, en: 0.25 },
    weekdays: officeWeek,
    devices: [
      ["desktop", 66],
      ["mobile", 31],
      ["tablet", 3],
    ],
    bounce: 0.5,
    attention: 0.9,
    entry: () => ({ referrer: "https://www.xing.com/" }),
  },
  {
    name: "Google",
    share: 0.12,
    lifecycle: "evergreen",
    topics: { datenschutz: 1.6, analytics: 1.3, newsletter: 1.25, "content-strategy": 0.9, "social-media": 0.7 },
    langs: { de: 1, en: 1.1 },
    weekdays: everyDay,
    devices: [
      ["desktop", 60],
      ["mobile", 36],
      ["tablet", 4],
    ],
    bounce: 0.42,
    attention: 1.1,
    entry: (_random, { country }) => ({ referrer: `https://${googleHost(country)}/` }),
  },
  {
    name: "Bing",
    share: 0.02,
    lifecycle: "evergreen",
    topics: { datenschutz: 1.4, analytics: 1.2 },
    langs: { de: 1, en: 1 },
    weekdays: officeWeek,
    devices: [
      ["desktop", 85],
      ["mobile", 14],
      ["tablet", 1],
    ],
    bounce: 0.45,
    attention: 1.05,
    entry: () => ({ referrer: "https://www.bing.com/" }),
  },
  {
    name: "DuckDuckGo",
    share: 0.018,
    lifecycle: "evergreen",
    topics: { datenschutz: 2.2, analytics: 1.5 },
    langs: { de: 1, en: 1.2 },
    weekdays: everyDay,
    devices: [
      ["desktop", 70],
      ["mobile", 29],
      ["tablet", 1],
    ],
    bounce: 0.4,
    attention: 1.15,
    entry: () => ({ referrer: "https://duckduckgo.com/" }),
  },
  {
    name: "Ecosia",
    share: 0.007,
    lifecycle: "evergreen",
    topics: { datenschutz: 1.5 },
    langs: { de: 1.3, en: 0.5 },
    weekdays: everyDay,
    devices: [
      ["desktop", 72],
      ["mobile", 28],
    ],
    bounce: 0.42,
    attention: 1.05,
    entry: () => ({ referrer: "https://www.ecosia.org/" }),
  },
  {
    name: "Newsletter",
    share: 0.16,
    lifecycle: "newsletter",
    topics: { newsletter: 2.0, "content-strategy": 1.2, datenschutz: 0.9, "social-media": 0.8 },
    langs: { de: 1, en: 0.9 },
    weekdays: [1, 1, 1, 1, 1, 1, 1],
    devices: [
      ["desktop", 52],
      ["mobile", 45],
      ["tablet", 3],
    ],
    bounce: 0.28,
    attention: 1.3,
    entry: (_random, { campaign }) => ({
      query: `?utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}`,
    }),
  },
  {
    name: "Webmail",
    share: 0.015,
    lifecycle: "steady",
    topics: { newsletter: 1.8 },
    langs: { de: 1.2, en: 0.8 },
    weekdays: officeWeek,
    devices: [
      ["desktop", 80],
      ["mobile", 20],
    ],
    bounce: 0.32,
    attention: 1.15,
    entry: (random) => ({
      referrer: pickOne(random, ["https://mail.google.com/", "https://navigator.web.de/", "https://outlook.live.com/"]),
    }),
  },
  {
    name: "Direct",
    share: 0.13,
    lifecycle: "steady",
    topics: {},
    langs: { de: 1, en: 1 },
    weekdays: leisureWeek,
    devices: [
      ["desktop", 55],
      ["mobile", 41],
      ["tablet", 4],
    ],
    bounce: 0.4,
    attention: 1,
    entry: () => ({}),
  },
  {
    name: "Referral",
    share: 0.05,
    lifecycle: "launch",
    topics: { analytics: 1.6, datenschutz: 1.4, "content-strategy": 0.8 },
    langs: { de: 1, en: 1 },
    weekdays: everyDay,
    devices: [
      ["desktop", 68],
      ["mobile", 30],
      ["tablet", 2],
    ],
    bounce: 0.48,
    attention: 0.95,
    entry(random, { lang }) {
      const hosts =
        lang === "de"
          ? ["t3n.de", "onlinemarketing.de", "www.heise.de", "netzpolitik.org", "blog.beratertreff.de"]
          : ["news.ycombinator.com", "www.reddit.com", "dev.to", "mastodon.social", "bsky.app"];
      return { referrer: `https://${pickOne(random, hosts)}/` };
    },
  },
];
