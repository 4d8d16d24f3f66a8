import { integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** One random salt per UTC day for visitor ids; deleted the next day so ids can never be recomputed. */
export const dailySalts = sqliteTable("daily_salts", {
  day: text("day").primaryKey(),
  salt: text("salt").notNull(),
});

/**
 * Raw pageviews, kept for the retention period. No IP address and no User-Agent:
 * only the salted daily visitor id and what was derived from them.
 * The one index (day, page_id) serves engagement updates, roll-ups and purges,
 * so an insert writes two rows (see docs/scale.md).
 */
export const pageviews = sqliteTable(
  "pageviews",
  {
    id: integer("id").primaryKey(),
    day: text("day").notNull(),
    pageId: text("page_id").notNull(),
    visitorId: text("visitor_id").notNull(),
    createdAt: integer("created_at").notNull(),
    path: text("path").notNull(),
    channel: text("channel").notNull(),
    source: text("source").notNull(),
    referrerHost: text("referrer_host"),
    utmSource: text("utm_source"),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    country: text("country"),
    device: text("device").notNull(),
    browser: text("browser").notNull(),
    engagedMs: integer("engaged_ms").notNull().default(0),
    scrollDepth: integer("scroll_depth").notNull().default(0),
  },
  (table) => [uniqueIndex("pageviews_day_page").on(table.day, table.pageId)],
);

/**
 * The channel, source and campaign a goal or outbound click is credited to: those of the
 * visit its pageview belongs to (functions/analytics/pageview-source.ts), resolved when the
 * event is collected so that the raw pageviews may expire.
 */
const creditedSource = {
  channel: text("channel").notNull().default("unknown"),
  source: text("source").notNull().default("unknown"),
  campaign: text("campaign"),
};

/**
 * Clicks on elements marked `data-goal="name"`, each tied to its counted pageview. A goal
 * counts once per pageview: a second click on the same button is the same conversion.
 */
export const goalEvents = sqliteTable(
  "goal_events",
  {
    id: integer("id").primaryKey(),
    day: text("day").notNull(),
    pageId: text("page_id").notNull(),
    path: text("path").notNull(),
    name: text("name").notNull(),
    createdAt: integer("created_at").notNull(),
    ...creditedSource,
  },
  (table) => [uniqueIndex("goal_events_day_page_name").on(table.day, table.pageId, table.name)],
);

/** Clicks on links to other sites; only the target's host is kept, once per pageview and host. */
export const outboundClicks = sqliteTable(
  "outbound_clicks",
  {
    id: integer("id").primaryKey(),
    day: text("day").notNull(),
    pageId: text("page_id").notNull(),
    path: text("path").notNull(),
    targetHost: text("target_host").notNull(),
    createdAt: integer("created_at").notNull(),
    ...creditedSource,
  },
  (table) => [uniqueIndex("outbound_clicks_day_page_host").on(table.day, table.pageId, table.targetHost)],
);

/** Hits filtered as bots, counted per day so the author sees how many were left out. */
export const dailyBotHits = sqliteTable("daily_bot_hits", {
  day: text("day").primaryKey(),
  hits: integer("hits").notNull(),
});

/** Daily roll-up per page: what dashboards read instead of raw events. */
export const dailyPageStats = sqliteTable(
  "daily_page_stats",
  {
    day: text("day").notNull(),
    path: text("path").notNull(),
    views: integer("views").notNull(),
    visitors: integer("visitors").notNull(),
    engagedReads: integer("engaged_reads").notNull(),
    readThroughs: integer("read_throughs").notNull(),
    engagedMs: integer("engaged_ms").notNull(),
    goals: integer("goals").notNull(),
    outboundClicks: integer("outbound_clicks").notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.path] })],
);

/**
 * Daily roll-up per page, channel, source and campaign ("" for none): which channels bring
 * readers who read and act. Goals and outbound clicks are credited to the pageview they
 * happened on, so they keep their channel after the raw events expire.
 */
export const dailySourceStats = sqliteTable(
  "daily_source_stats",
  {
    day: text("day").notNull(),
    path: text("path").notNull(),
    channel: text("channel").notNull(),
    source: text("source").notNull(),
    campaign: text("campaign").notNull().default(""),
    views: integer("views").notNull(),
    visitors: integer("visitors").notNull(),
    engagedReads: integer("engaged_reads").notNull(),
    readThroughs: integer("read_throughs").notNull().default(0),
    engagedMs: integer("engaged_ms").notNull().default(0),
    goals: integer("goals").notNull().default(0),
    outboundClicks: integer("outbound_clicks").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.day, table.path, table.channel, table.source, table.campaign] })],
);

/** Daily roll-up of goal conversions per page, goal name and the channel of the pageview they happened on. */
export const dailyGoalStats = sqliteTable(
  "daily_goal_stats",
  {
    day: text("day").notNull(),
    path: text("path").notNull(),
    name: text("name").notNull(),
    channel: text("channel").notNull().default("unknown"),
    source: text("source").notNull().default("unknown"),
    campaign: text("campaign").notNull().default(""),
    conversions: integer("conversions").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.path, table.name, table.channel, table.source, table.campaign] }),
  ],
);

/** Daily roll-up of outbound clicks per page and target host. */
export const dailyOutboundStats = sqliteTable(
  "daily_outbound_stats",
  {
    day: text("day").notNull(),
    path: text("path").notNull(),
    targetHost: text("target_host").notNull(),
    clicks: integer("clicks").notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.path, table.targetHost] })],
);

/** Daily roll-up per dimension value: countries, devices, browsers and UTM campaigns. */
export const dailyDimensionStats = sqliteTable(
  "daily_dimension_stats",
  {
    day: text("day").notNull(),
    dimension: text("dimension", { enum: ["country", "device", "browser", "campaign"] }).notNull(),
    value: text("value").notNull(),
    views: integer("views").notNull(),
    visitors: integer("visitors").notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.dimension, table.value] })],
);

/** Daily site-wide unique visitors (exact, unlike a sum over pages). */
export const dailySiteStats = sqliteTable("daily_site_stats", {
  day: text("day").primaryKey(),
  views: integer("views").notNull(),
  visitors: integer("visitors").notNull(),
});

/**
 * Daily histogram per page of how long readers were engaged and how far into the article they
 * got: what medians and "how far readers got" are read from once the raw pageviews expire.
 * `bucket` is the lower end of the bucket: seconds for "seconds", percent for "depth"
 * (functions/analytics/reading-buckets.ts).
 */
export const dailyReadingStats = sqliteTable(
  "daily_reading_stats",
  {
    day: text("day").notNull(),
    path: text("path").notNull(),
    measure: text("measure", { enum: ["seconds", "depth"] }).notNull(),
    bucket: integer("bucket").notNull(),
    views: integer("views").notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.path, table.measure, table.bucket] })],
);
