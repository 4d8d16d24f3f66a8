/**
 * The valid lines sorted by what they become, because each kind needs the one before:
 * engagement, goals and outbound clicks attach to pageviews, comments take their channel.
 */
import type { CommentLine, EngagementLine, EventLine, GoalLine, OutboundLine, PageviewLine } from "./line-schema.ts";
import type { ReadLine } from "./read-lines.ts";

export interface EventRecord<Line extends EventLine> {
  number: number;
  line: Line;
  path: string;
  hash: string;
}

export interface CommentRecord {
  number: number;
  line: CommentLine;
}

export interface Partitioned {
  pageviews: EventRecord<PageviewLine>[];
  engagement: EventRecord<EngagementLine>[];
  goals: EventRecord<GoalLine>[];
  outbound: EventRecord<OutboundLine>[];
  comments: CommentRecord[];
}

export function partitionLines(lines: readonly ReadLine[]): Partitioned {
  const sorted: Partitioned = { pageviews: [], engagement: [], goals: [], outbound: [], comments: [] };
  for (const { number, line, path, hash } of lines) {
    if (line.type === "comment") sorted.comments.push({ number, line });
    else if (path === null) throw new Error(`line ${number}: an event without its checked path`);
    else if (line.type === "pageview") sorted.pageviews.push({ number, line, path, hash });
    else if (line.type === "engagement") sorted.engagement.push({ number, line, path, hash });
    else if (line.type === "goal") sorted.goals.push({ number, line, path, hash });
    else sorted.outbound.push({ number, line, path, hash });
  }
  return sorted;
}
