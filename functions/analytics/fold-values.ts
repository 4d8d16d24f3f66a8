import { type SQL, sql } from "drizzle-orm";
import { analyticsConfig } from "../../site.config";

/** The row that stands for the values of a day beyond the most frequent ones. */
export const otherValue = "(other)";
/** The row that stands for every path that is not a page of the site. */
export const notAPageValue = "(not a page)";

/** The `limit` most frequent non-null values of `values` (a query of one column, `value`). */
function mostFrequent(values: SQL, limit: number): SQL {
  return sql`SELECT value FROM (${values}) WHERE value IS NOT NULL
    GROUP BY value ORDER BY count(*) DESC, value LIMIT ${limit}`;
}

// Literals, not parameters: a D1 statement binds at most 100 values, and the roll-ups come close.
const otherLiteral = sql.raw(`'${otherValue}'`);
const notAPageLiteral = sql.raw(`'${notAPageValue}'`);

function keepOrFold(column: SQL, kept: SQL): SQL {
  return sql`CASE WHEN ${column} IS NULL THEN NULL WHEN ${column} IN (${kept}) THEN ${column} ELSE ${otherLiteral} END`;
}

const isNotAPage = (column: SQL) =>
  sql`(EXISTS (SELECT 1 FROM site_pages) AND ${column} NOT IN (SELECT path FROM site_pages))`;

/** One day's values of a column across pageviews, goals and outbound clicks. */
function valuesOfDay(day: string, pageviewColumn: string, eventColumn: string): SQL {
  const pv = sql.raw(pageviewColumn);
  const ev = sql.raw(eventColumn);
  return sql`SELECT ${pv} AS value FROM pageviews WHERE day = ${day}
    UNION ALL SELECT ${ev} FROM goal_events WHERE day = ${day}
    UNION ALL SELECT ${ev} FROM outbound_clicks WHERE day = ${day}`;
}

/**
 * The raw events of one day with their open-ended values folded, as the roll-ups read them: a
 * WITH clause naming `pv` (pageviews), `ge` (goal events) and `oc` (outbound clicks). So
 * whatever anyone sends (a made-up path, referrer, campaign, goal name or link target) costs
 * the author's tables at most `distinctValuesPerDay` rows per value and day, plus one "(other)".
 * A path that is not a page of the site (site_pages, synced from the build's catalog) becomes
 * "(not a page)"; before the first catalog sync every path counts as a page.
 */
export function foldedDay(day: string, limit = analyticsConfig.distinctValuesPerDay): SQL {
  const path = sql.raw("path");
  const pagePaths = sql`SELECT value FROM (${valuesOfDay(day, "path", "path")}) WHERE NOT ${isNotAPage(sql.raw("value"))}`;
  const foldedPath = sql`CASE WHEN ${isNotAPage(path)} THEN ${notAPageLiteral}
    ELSE ${keepOrFold(path, mostFrequent(pagePaths, limit))} END`;
  const foldedSource = keepOrFold(sql.raw("source"), mostFrequent(valuesOfDay(day, "source", "source"), limit));
  const keptCampaigns = mostFrequent(valuesOfDay(day, "utm_campaign", "campaign"), limit);
  const keptNames = mostFrequent(sql`SELECT name AS value FROM goal_events WHERE day = ${day}`, limit);
  const keptTargets = mostFrequent(sql`SELECT target_host AS value FROM outbound_clicks WHERE day = ${day}`, limit);
  return sql`WITH pv AS (SELECT day, visitor_id, ${foldedPath} AS path, channel, ${foldedSource} AS source,
      ${keepOrFold(sql.raw("utm_campaign"), keptCampaigns)} AS utm_campaign, country, device, browser,
      engaged_ms, scroll_depth FROM pageviews WHERE day = ${day}),
    ge AS (SELECT day, ${foldedPath} AS path, ${keepOrFold(sql.raw("name"), keptNames)} AS name, channel,
      ${foldedSource} AS source, ${keepOrFold(sql.raw("campaign"), keptCampaigns)} AS campaign
      FROM goal_events WHERE day = ${day}),
    oc AS (SELECT day, ${foldedPath} AS path, ${keepOrFold(sql.raw("target_host"), keptTargets)} AS target_host,
      channel, ${foldedSource} AS source, ${keepOrFold(sql.raw("campaign"), keptCampaigns)} AS campaign
      FROM outbound_clicks WHERE day = ${day})`;
}
