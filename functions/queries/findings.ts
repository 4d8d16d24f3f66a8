import type { Database } from "../env";
import { type Finding, findFindings } from "../traction/findings";
import type { Ranking } from "../traction/rank";
import { topicChannelMatrix } from "./audience";
import type { Period } from "./period";
import { completeDaysOf, readTraction } from "./traction";

export interface Decisions {
  ranking: Ranking;
  findings: Finding[];
}

/**
 * The period's ranking and findings (docs/traction.md), over its complete days, read
 * together: the findings need the ranking, and the dashboard shows both.
 */
export async function readDecisions(db: Database, period: Period, now: Date): Promise<Decisions> {
  const complete = completeDaysOf(period, now);
  const [ranking, cells] = await Promise.all([
    readTraction(db, period, now),
    complete ? topicChannelMatrix(db, complete) : Promise.resolve([]),
  ]);
  if (!complete) return { ranking, findings: [] };
  const findings = findFindings({ period: complete, topics: ranking.topics, cells, siteScore: ranking.site.score });
  return { ranking, findings };
}

/** The period's findings alone, for the API. */
export async function readFindings(db: Database, period: Period, now: Date): Promise<Finding[]> {
  return (await readDecisions(db, period, now)).findings;
}
