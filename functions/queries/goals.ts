import { sql } from "drizzle-orm";
import type { SiteLanguage } from "../../shared/languages";
import { goalsConfig } from "../../site.config";
import type { Database } from "../env";
import { type Page, type Paging, pageSql, toPage } from "./paging";
import type { Period } from "./period";

export interface GoalStats {
  name: string;
  /** The author's name for the goal (site.config.ts), or its name when it has none. */
  label: string;
  channel: string;
  source: string;
  /** The topic of the post it happened on; null on pages that are not posts. */
  topic: string | null;
  conversions: number;
  /** conversions × the goal's value, when the author gave it one. */
  value: number | null;
}

interface GoalRow {
  name: string;
  channel: string;
  source: string;
  topic: string | null;
  conversions: number;
}

/**
 * Which goal converts, from where, on which topic: conversions by goal name, channel, source
 * and topic. A post with several topics counts in each of them.
 */
export async function listGoalStats(
  db: Database,
  period: Period,
  lang: SiteLanguage,
  paging: Paging,
): Promise<Page<GoalStats>> {
  const rows = await db.all<GoalRow>(sql`
    SELECT g.name, g.channel, g.source, pt.topic_name AS topic, sum(g.conversions) AS conversions
    FROM daily_goal_stats g LEFT JOIN posts p ON p.path = g.path LEFT JOIN post_topics pt ON pt.post_slug = p.slug
    WHERE g.day BETWEEN ${period.from} AND ${period.to}
    GROUP BY g.name, g.channel, g.source, pt.topic_name
    ORDER BY conversions DESC, g.name, g.channel, g.source, topic
    ${pageSql(paging)}`);
  const page = toPage(rows, paging);
  const goals = page.rows.map((row) => {
    const goal = goalsConfig[row.name];
    return {
      ...row,
      label: goal?.label[lang] ?? row.name,
      value: goal?.value === undefined ? null : goal.value * row.conversions,
    };
  });
  return { rows: goals, nextPage: page.nextPage };
}
