/**
 * Who the demo readers are and when they read: device by source, country by the post's
 * language, an IP address, the hour of the day, and the bots that come along. Device,
 * browser and bot are decided by the collector's own classifier (describeClient).
 */
import { describeClient } from "../../functions/analytics/user-agent.ts";
import { chance, integerBetween, type Random, weightedSampler } from "../lib/random.ts";
import type { Source } from "./sources.ts";
import { botAgents, type DeviceKind } from "./user-agents.ts";

// Share of hits, on top of the pageviews, that come from crawlers, previews and scripts.
const botShare = 0.07;

// Readers in central Europe, by UTC hour: the morning commute, office hours, the evening sofa.
const europeanHours = weightedSampler<number>(
  [
    0.3, 0.2, 0.15, 0.15, 0.3, 0.8, 2, 3.5, 4.5, 4.8, 4.6, 4.3, 4, 4.2, 4.4, 4.2, 3.8, 3.3, 3, 3.2, 3, 2.2, 1.3, 0.6,
  ].map((weight, hour): [number, number] => [hour, weight]),
);

const describedAgents = new Map<string, ReturnType<typeof describeClient>>();

/** describeClient is the collector's classifier; the demo reuses a handful of User-Agents, so remember its answers. */
export function describeAgent(userAgent: string) {
  const known = describedAgents.get(userAgent);
  if (known) return known;
  const described = describeClient(userAgent);
  describedAgents.set(userAgent, described);
  return described;
}

const deviceSamplers = new Map<string, (random: Random) => DeviceKind>();

export function pickDevice(random: Random, source: Source): DeviceKind {
  let sampler = deviceSamplers.get(source.name);
  if (!sampler) {
    sampler = weightedSampler(source.devices);
    deviceSamplers.set(source.name, sampler);
  }
  return sampler(random);
}

export function pickStartMs(random: Random, dayStartMs: number, country: string | null): number {
  // Readers in the Americas keep their own hours, six or more hours behind.
  const shift = country === "US" || country === "CA" ? 6 : 0;
  const hour = (europeanHours(random) + shift) % 24;
  return dayStartMs + hour * 3_600_000 + integerBetween(random, 0, 3_599_999);
}

/** Readers of German posts come mostly from the DACH region; English posts reach further. */
const germanPostCountries = weightedSampler<string | null>([
  ["DE", 72],
  ["AT", 10],
  ["CH", 8],
  ["NL", 1.5],
  ["US", 2],
  ["LU", 0.8],
  ["IT", 0.8],
  ["PL", 0.8],
  ["FR", 0.7],
  ["GB", 0.7],
  ["ES", 0.5],
  [null, 2.2],
]);

const englishPostCountries = weightedSampler<string | null>([
  ["DE", 42],
  ["US", 18],
  ["AT", 6],
  ["CH", 6],
  ["GB", 8],
  ["NL", 4],
  ["CA", 2.5],
  ["IN", 3],
  ["FR", 2],
  ["SE", 1.5],
  ["AU", 1.5],
  ["ES", 1.5],
  [null, 4],
]);

export function pickCountry(random: Random, lang: "de" | "en"): string | null {
  return lang === "de" ? germanPostCountries(random) : englishPostCountries(random);
}

/** A random public-looking IPv4 address; only ever hashed into the daily visitor id. */
export function pickIp(random: Random): string {
  const octet = () => Math.floor(random.next() * 254) + 1;
  return `${[80, 84, 87, 91, 93, 176, 178, 185, 188, 217][Math.floor(random.next() * 10)]}.${octet()}.${octet()}.${octet()}`;
}

/** The day's hits that the collector would filter as bots, for `views` human pageviews. */
export function countBotHits(random: Random, views: number): number {
  let hits = 0;
  const attempts = Math.round(views * botShare * (0.6 + 0.8 * random.next()));
  for (let index = 0; index < attempts; index++) {
    // The tracker's own flag (navigator.webdriver) catches automated browsers with ordinary User-Agents.
    if (chance(random, 0.1) || describeAgent(botAgents(random)).isBot) hits++;
  }
  return hits;
}
