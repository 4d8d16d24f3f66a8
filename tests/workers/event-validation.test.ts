import { describe, expect, it } from "vitest";
import { maxEventBytes } from "../../functions/schemas/event";
import { makeEngagement, makeGoal, makeOutbound, makePageview, postEvent, siteOrigin } from "./support/events";
import { countEventRows } from "./support/tables";

const pageUrl = `${siteOrigin}/posts/why-pageviews-lie/`;

interface BadRequest {
  problem: string;
  body: string;
  /** null sends no Content-Type header. */
  contentType?: string | null;
  /** What the error message must name so that the sender knows what to fix. */
  names: string;
  /** 400 unless set. */
  status?: number;
}

const json = (value: unknown): string => JSON.stringify(value);

/** A valid pageview of exactly `bytes` bytes: JSON allows any amount of whitespace before the closing brace. */
function padded(bytes: number): string {
  const base = json({ ...makePageview(), referrer: "" });
  return `${base.slice(0, -1)}${" ".repeat(bytes - base.length)}}`;
}

const badRequests: BadRequest[] = [
  { problem: "malformed JSON", body: '{"type":"pageview",', names: "body" },
  { problem: "an empty body", body: "", names: "body" },
  { problem: "a JSON array", body: json([makePageview()]), names: "body" },
  { problem: "a JSON string", body: json("pageview"), names: "body" },
  { problem: "a JSON number", body: "42", names: "body" },
  { problem: "JSON null", body: "null", names: "body" },
  { problem: "a missing type", body: json({ url: pageUrl }), names: "type" },
  { problem: "an unknown type", body: json({ ...makePageview(), type: "click" }), names: "type" },
  { problem: "a numeric type", body: json({ ...makePageview(), type: 1 }), names: "type" },
  { problem: "a missing url", body: json({ type: "pageview" }), names: "url" },
  // A goal or outbound click must belong to a counted pageview: without its pageId anyone could add goals.
  { problem: "a goal without a pageId", body: json({ type: "goal", url: pageUrl, name: "contact" }), names: "pageId" },
  {
    problem: "an outbound click without a pageId",
    body: json({ type: "outbound", url: pageUrl, target: "https://example.org/" }),
    names: "pageId",
  },
  { problem: "a url that is a number", body: json({ ...makePageview(), url: 42 }), names: "url" },
  { problem: "a relative url", body: json(makePageview({ url: "/posts/why-pageviews-lie/" })), names: "url" },
  { problem: "an ftp: url", body: json(makePageview({ url: "ftp://resonanz.example/posts/" })), names: "url" },
  { problem: "a javascript: url", body: json(makePageview({ url: "javascript:alert(1)" })), names: "url" },
  { problem: "a data: url", body: json(makePageview({ url: "data:text/html,<p>hi</p>" })), names: "url" },
  { problem: "a url on another host", body: json(makePageview({ url: "https://evil.example/posts/" })), names: "url" },
  {
    problem: "a goal on another host",
    body: json(makeGoal({ url: "https://resonanz.example.evil.net/posts/" })),
    names: "url",
  },
  {
    problem: "a url over 2048 characters",
    body: json(makePageview({ url: `${siteOrigin}/${"a".repeat(2048)}` })),
    names: "url",
  },
  { problem: "a referrer that is not a URL", body: json(makePageview({ referrer: "not a url" })), names: "referrer" },
  {
    problem: "a javascript: referrer",
    body: json(makePageview({ referrer: "javascript:alert(1)" })),
    names: "referrer",
  },
  { problem: "a pageId with bad characters", body: json(makePageview({ pageId: "abc def!ghi" })), names: "pageId" },
  { problem: "a pageId under 8 characters", body: json(makePageview({ pageId: "abc1234" })), names: "pageId" },
  { problem: "a pageId over 40 characters", body: json(makePageview({ pageId: "a".repeat(41) })), names: "pageId" },
  { problem: "an engagement without pageId", body: json({ ...makeEngagement(), pageId: undefined }), names: "pageId" },
  { problem: "a bot flag that is a string", body: json({ ...makePageview(), bot: "yes" }), names: "bot" },
  { problem: "a negative engagedMs", body: json(makeEngagement({ engagedMs: -1 })), names: "engagedMs" },
  { problem: "a fractional engagedMs", body: json(makeEngagement({ engagedMs: 1500.5 })), names: "engagedMs" },
  {
    problem: "an engagedMs over six hours",
    body: json(makeEngagement({ engagedMs: 6 * 60 * 60 * 1000 + 1 })),
    names: "engagedMs",
  },
  {
    problem: "an engagedMs that is a string",
    body: json({ ...makeEngagement(), engagedMs: "1000" }),
    names: "engagedMs",
  },
  { problem: "a scrollDepth over 100", body: json(makeEngagement({ scrollDepth: 101 })), names: "scrollDepth" },
  { problem: "a negative scrollDepth", body: json(makeEngagement({ scrollDepth: -1 })), names: "scrollDepth" },
  { problem: "a goal name with spaces", body: json(makeGoal({ name: "sign up" })), names: "name" },
  { problem: "a goal name over 64 characters", body: json(makeGoal({ name: "g".repeat(65) })), names: "name" },
  { problem: "a goal without name", body: json({ ...makeGoal(), name: undefined }), names: "name" },
  {
    problem: "an outbound target that is mailto:",
    body: json(makeOutbound({ target: "mailto:hallo@example.org" })),
    names: "target",
  },
  {
    problem: "an outbound target that is ftp:",
    body: json(makeOutbound({ target: "ftp://example.org/" })),
    names: "target",
  },
  { problem: "an unknown extra field", body: json({ ...makePageview(), visitorName: "Alex" }), names: "visitorName" },
  {
    problem: "an own __proto__ key",
    body: `{"type":"pageview","url":"${pageUrl}","__proto__":{}}`,
    names: "__proto__",
  },
  {
    problem: "a body over 4096 bytes sent as text/plain",
    body: padded(maxEventBytes + 1),
    contentType: "text/plain",
    names: "body",
    status: 413,
  },
  {
    problem: "a body over 4096 bytes with a correct Content-Type",
    body: padded(maxEventBytes + 1),
    names: "body",
    status: 413,
  },
  {
    problem: "a body of 64 KB",
    body: `{"type":"pageview","pad":"${"x".repeat(65_536)}"}`,
    names: "body",
    status: 413,
  },
  {
    problem: "a form-encoded body",
    body: "type=pageview&url=https%3A%2F%2Fresonanz.example%2F",
    contentType: "application/x-www-form-urlencoded",
    names: "Content-Type",
  },
  {
    problem: "JSON sent as form data",
    body: json(makePageview()),
    contentType: "multipart/form-data",
    names: "Content-Type",
  },
  {
    problem: "a look-alike Content-Type",
    body: json(makePageview()),
    contentType: "application/jsonp",
    names: "Content-Type",
  },
  { problem: "no Content-Type", body: json(makePageview()), contentType: null, names: "Content-Type" },
];

describe("POST /api/event refuses bad payloads", () => {
  it.each(badRequests)(
    "answers $problem with a 4xx naming $names, and stores nothing",
    async ({ body, contentType, names, status }) => {
      const response = await postEvent(body, { contentType });
      // 413 for a body over the limit, 400 for every other problem.
      expect(response.status).toBe(status ?? 400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const answer: unknown = await response.json();
      expect(answer).toStrictEqual({ error: expect.stringContaining(names) });
      expect(await countEventRows()).toStrictEqual({
        pageviews: 0,
        goal_events: 0,
        outbound_clicks: 0,
        daily_bot_hits: 0,
        daily_salts: 0,
      });
    },
  );
});

describe("POST /api/event body size limit", () => {
  it("accepts a valid body of exactly 4096 bytes", async () => {
    const body = padded(maxEventBytes);
    expect(new TextEncoder().encode(body).byteLength).toBe(maxEventBytes);
    const response = await postEvent(body);
    expect(response.status).toBe(202);
    expect((await countEventRows())["pageviews"]).toBe(1);
  });

  it("refuses the same body one byte longer", async () => {
    const body = padded(maxEventBytes + 1);
    expect(new TextEncoder().encode(body).byteLength).toBe(maxEventBytes + 1);
    const response = await postEvent(body);
    expect(response.status).toBe(413);
    expect(await response.json()).toStrictEqual({ error: `body: larger than ${maxEventBytes} bytes` });
  });
});
