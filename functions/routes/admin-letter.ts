import { type Context, Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env";
import type { ApiError } from "../errors";
import { isoWeekQuery } from "../letter/iso-week";
import { hasBegun, lastCompleteWeek, previewLetter, type SendNow, sendLetterNow } from "../letter/preview";
import { readLastSend } from "../letter/sends";
import { readLetterAddresses } from "../letter/settings";
import { requireAuthor } from "../middleware/author";
import { isFormPost, readFormOrJson } from "../request/read-form-or-json";
import { describeZodError } from "../schemas/zod-error";
import { validate } from "../validation";

const letterQuery = z.object({
  week: isoWeekQuery.optional(),
  format: z.enum(["json", "text"]).default("json"),
});
const sendBody = z.object({ week: isoWeekQuery });

const letterPagePath = "/dashboard/letter/";

function answerSend(c: Context<AppEnv>, week: string, result: SendNow, fromForm: boolean) {
  if (fromForm) return c.redirect(`${letterPagePath}?week=${week}&sent=${result.outcome}`, 303);
  if (result.outcome === "sent") return c.json({ week, outcome: "sent", messageId: result.messageId });
  if (result.outcome === "not-configured") {
    return c.json<ApiError>({ error: "letter: set LETTER_TO and LETTER_FROM to send it (docs/letter.md)" }, 409);
  }
  return c.json<ApiError>({ error: `letter: the send_email binding refused it: ${result.error}` }, 502);
}

/** The weekly letter as it would be sent (docs/letter.md), and "send me this now". */
export const adminLetter = new Hono<AppEnv>()
  .use(requireAuthor)
  .get("/", validate("query", letterQuery), async (c) => {
    const now = new Date();
    const { week = lastCompleteWeek(now), format } = c.req.valid("query");
    if (!hasBegun(week, now)) return c.json<ApiError>({ error: "week: must not be in the future" }, 400);
    const preview = await previewLetter(c.var.db, week, now);
    if (format === "text") return c.text(preview.text);
    return c.json({
      week,
      period: preview.period,
      subject: preview.subject,
      text: preview.text,
      html: preview.html,
      lastSend: await readLastSend(c.var.db),
    });
  })
  .post("/send", async (c) => {
    const fromForm = isFormPost(c.req.header("content-type"));
    const body = sendBody.safeParse((await readFormOrJson(c.req.header("content-type"), c.req)) ?? {});
    if (!body.success) return c.json<ApiError>({ error: describeZodError(body.error, "week") }, 400);
    const now = new Date();
    const { week } = body.data;
    if (!hasBegun(week, now)) return c.json<ApiError>({ error: "week: must not be in the future" }, 400);
    const result = await sendLetterNow(c.var.db, c.env.LETTER_MAIL, readLetterAddresses(c.env), week, now);
    return answerSend(c, week, result, fromForm);
  });
