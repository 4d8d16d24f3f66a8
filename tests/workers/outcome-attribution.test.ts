import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { comments, goalEvents } from "../../functions/db/schema";
import { findComment, insertPost, readAccepted, sendComment, validComment } from "./support/comments";
import { makeGoal, makePageId, makePageview, openDatabase, postJson, siteOrigin } from "./support/events";
import { readAllCells } from "./support/tables";

/** A pageview of the post from LinkedIn, tagged with a newsletter-style campaign, as the tracker sends it. */
async function viewFromLinkedIn(): Promise<string> {
  const pageId = makePageId();
  const url = `${siteOrigin}/posts/hello-world/?utm_campaign=herbst-2026`;
  const response = await postJson(makePageview({ url, pageId, referrer: "https://www.linkedin.com/" }));
  expect(response.status).toBe(202);
  return pageId;
}

describe("a comment's channel", () => {
  it("is the channel, source and campaign of the pageview it was written on, and the pageId is not stored", async () => {
    await insertPost();
    const pageId = await viewFromLinkedIn();
    const { id } = await readAccepted(await sendComment(await validComment("hello-world", { pageId })));
    expect(await findComment(id)).toMatchObject({ channel: "social", source: "LinkedIn", campaign: "herbst-2026" });
    const commentCells = (await readAllCells()).filter(({ table }) => table === "comments");
    expect(commentCells.filter(({ value }) => value.includes(pageId))).toStrictEqual([]);
  });

  it.each([
    { sent: "no pageId (no JavaScript)", fields: {} },
    { sent: "a pageId no counted pageview has", fields: { pageId: "made-up-page-id-0001" } },
  ])("is none for a comment with $sent", async ({ fields }) => {
    await insertPost();
    const { id } = await readAccepted(await sendComment(await validComment("hello-world", fields)));
    expect(await findComment(id)).toMatchObject({ channel: null, source: null, campaign: null });
  });

  it("refuses a malformed pageId with 400, naming the field", async () => {
    await insertPost();
    const response = await sendComment(await validComment("hello-world", { pageId: "not a page id!" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("pageId") });
    expect(await openDatabase().select().from(comments).where(eq(comments.postSlug, "hello-world"))).toStrictEqual([]);
  });
});

describe("a goal's channel", () => {
  const reader = {
    ip: "203.0.113.120",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  };

  it("is where the visit entered when the reader clicked through the site to the page", async () => {
    const landing = makePageId();
    const post = makePageId();
    const home = `${siteOrigin}/?utm_campaign=herbst-2026`;
    await postJson(makePageview({ url: home, pageId: landing, referrer: "https://www.linkedin.com/" }), reader);
    const postUrl = `${siteOrigin}/posts/hello-world/`;
    await postJson(makePageview({ url: postUrl, pageId: post, referrer: `${siteOrigin}/` }), reader);
    await postJson(makeGoal({ url: postUrl, pageId: post, name: "contact" }), reader);
    const [goal] = await openDatabase().select().from(goalEvents);
    expect(goal).toMatchObject({ channel: "social", source: "LinkedIn", campaign: "herbst-2026" });
  });

  it("stays internal when no pageview of the reader came from outside that day", async () => {
    const post = makePageId();
    const postUrl = `${siteOrigin}/posts/hello-world/`;
    await postJson(makePageview({ url: postUrl, pageId: post, referrer: `${siteOrigin}/` }), reader);
    await postJson(makeGoal({ url: postUrl, pageId: post, name: "contact" }), reader);
    const [goal] = await openDatabase().select().from(goalEvents);
    expect(goal).toMatchObject({ channel: "internal", source: "Internal" });
  });
});
