import { z } from "zod";

/**
 * The wire format between the tracker (src/tracker/) and the collector
 * (POST /api/event). Documented in docs/api.md; the tracker imports the types.
 */
const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: "must be an absolute http(s) URL",
  });

/** Random per page view, made by the tracker in memory; links engagement to its pageview. */
export const pageId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, { message: "must be 8-40 letters, digits, _ or -" });

export const pageviewEvent = z.strictObject({
  type: z.literal("pageview"),
  url: httpUrl,
  referrer: z
    .union([
      httpUrl,
      z.literal(""),
      z
        .string()
        .max(2048)
        .regex(/^android-app:\/\/[\w.]+\/?$/),
    ])
    .optional(),
  pageId: pageId.optional(),
  /** Set by the tracker when the browser says it is automated (navigator.webdriver). */
  bot: z.boolean().optional(),
});

export const engagementEvent = z.strictObject({
  type: z.literal("engagement"),
  url: httpUrl,
  pageId,
  /** Visible, recently interacted time on the page; capped at six hours. */
  engagedMs: z
    .number()
    .int()
    .min(0)
    .max(6 * 60 * 60 * 1000),
  /** Deepest scroll position reached, in percent of the page. */
  scrollDepth: z.number().int().min(0).max(100),
});

/** Goals and outbound clicks belong to the counted pageview they happened on, so pageId is required. */
export const outboundEvent = z.strictObject({
  type: z.literal("outbound"),
  url: httpUrl,
  pageId,
  target: httpUrl,
});

export const goalEvent = z.strictObject({
  type: z.literal("goal"),
  url: httpUrl,
  pageId,
  name: z.string().regex(/^[\w-]{1,64}$/, { message: "must be 1-64 letters, digits, _ or -" }),
});

export const trackerEvent = z.discriminatedUnion("type", [pageviewEvent, engagementEvent, outboundEvent, goalEvent], {
  error: (issue) =>
    issue.code === "invalid_union" ? "type must be one of pageview, engagement, outbound, goal" : undefined,
});

export type TrackerEvent = z.infer<typeof trackerEvent>;
export type PageviewEvent = z.infer<typeof pageviewEvent>;
export type EngagementEvent = z.infer<typeof engagementEvent>;
export type OutboundEvent = z.infer<typeof outboundEvent>;
export type GoalEvent = z.infer<typeof goalEvent>;

/** The collector refuses larger bodies; the tracker's events are far below it. */
export const maxEventBytes = 4096;
