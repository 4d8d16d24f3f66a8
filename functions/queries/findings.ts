import type { Database } from "../env";
import { type Finding, findFindings } from "../traction/findings";
import { topicChannelMatrix } from "./audience";
import type { Period } from "./period";
import { completeDaysOf, readTraction } from "./traction";

/** The period's findings (docs/traction.md, "Findings"), over its complete days. */
export async function readFindings(db: Database, period: Period, now: Date): Promise<Finding[]> {
  const complete = completeDaysOf(period, now);
  if (!complete) return [];
  const [traction, cells] = await Promise.all([readTraction(db, complete, now), topicChannelMatrix(db, complete)]);
  return findFindings({ period: complete, topics: traction.topics, cells, siteScore: traction.site.score });
}
