import { addDays, daysBetween } from "../../shared/utc-day";

/**
 * How a post's numbers are credited to its topics, and how long it was live. A post with
 * several topics gives each an equal share (1/n), so that one hit cannot lift two or three
 * topics at full weight, and the shares of all topics add up to the site (docs/traction.md).
 */
export function topicShare(post: { topics: readonly unknown[] }): number {
  return post.topics.length > 0 ? 1 / post.topics.length : 0;
}

/** Days of [from, to] on which the post was live: its exposure, in post-days. */
export function liveDays(pubDate: string, from: string, to: string): number {
  const first = pubDate > from ? pubDate : from;
  return first > to ? 0 : daysBetween(first, to) + 1;
}

/** Whether the post was live on `day`. */
export function isLive(pubDate: string, day: string): boolean {
  return pubDate <= day;
}

/** Every day of [from, to], in order. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
