import { sql } from "drizzle-orm";
import { numberFormats } from "../../shared/number-formats";
import { dashboardPostPath } from "../../shared/urls";
import { addDays, utcDay } from "../../shared/utc-day";
import { siteConfig } from "../../site.config";
import type { Database } from "../env";
import { readPostsToday } from "./alert-data";
import { deliver, type Mailer } from "./deliver";
import { renderHtml } from "./render-html";
import { renderText } from "./render-text";
import type { LetterAddresses } from "./settings";
import { findTakeOffs } from "./take-off";
import { channelName, letterWords } from "./wording";
import type { WrittenLetter } from "./write";

/** Where an alert goes: the author's mailbox, or the comment webhook (COMMENT_WEBHOOK_URL). */
export type AlertRoute =
  | { via: "mail"; mailer: Mailer; addresses: LetterAddresses }
  | { via: "webhook"; url: string; fetcher?: typeof fetch };

export interface AlertSent {
  slug: string;
  delivered: boolean;
}

/** One alert per post and UTC day: the first run to insert the row sends it. */
async function claimAlert(db: Database, slug: string, day: string, now: Date): Promise<boolean> {
  const rows = await db.all<{ day: string }>(sql`
    INSERT INTO letter_alerts (post_slug, day, sent_at) VALUES (${slug}, ${day}, ${now.getTime()})
    ON CONFLICT DO NOTHING RETURNING day`);
  return rows.length === 1;
}

/** A failed alert gives its claim back, so that the next run tries again today. */
async function releaseAlert(db: Database, slug: string, day: string): Promise<void> {
  await db.run(sql`DELETE FROM letter_alerts WHERE post_slug = ${slug} AND day = ${day}`);
}

async function post(url: string, body: object, fetcher: typeof fetch): Promise<boolean> {
  try {
    const response = await fetcher(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The optional take-off alert (site.config.ts `letterConfig.alert`): for each post whose
 * engaged reads today are far beyond its usual day (take-off.ts), one short message a day.
 */
export async function runTakeOffAlerts(db: Database, route: AlertRoute, now: Date): Promise<AlertSent[]> {
  const today = utcDay(now);
  const posts = await readPostsToday(db, now);
  const bySlug = new Map(posts.map((entry) => [entry.slug, entry]));
  const words = letterWords(siteConfig.lang);
  const format = numberFormats(siteConfig.lang);
  const origin = new URL(siteConfig.url).origin;
  const sent: AlertSent[] = [];
  for (const takeOff of findTakeOffs(posts)) {
    const entry = bySlug.get(takeOff.slug);
    if (!entry || !(await claimAlert(db, takeOff.slug, today, now))) continue;
    const values = {
      post: entry.title,
      reads: format.count(takeOff.today),
      usual: format.score(takeOff.usual),
      channel: entry.mostlyFrom ? channelName(words, entry.mostlyFrom) : "–",
    };
    const line = words("alertLine", values);
    const link = `${origin}${dashboardPostPath(takeOff.slug, { from: addDays(today, -27), to: today })}`;
    let delivered: boolean;
    if (route.via === "webhook") {
      const text = `${line}\n${link}`;
      delivered = await post(
        route.url,
        { text, content: text, title: words("alertSubject", values), message: line, post: entry.title, url: link },
        route.fetcher ?? fetch,
      );
    } else {
      const letter: WrittenLetter = {
        subject: words("alertSubject", values),
        intro: line,
        weekLine: "",
        quiet: null,
        sections: [],
        dashboard: { label: words("alertLink"), href: link },
        footer: words("footer"),
      };
      const parts = { subject: letter.subject, text: renderText(letter), html: renderHtml(letter, siteConfig.lang) };
      delivered = (await deliver(route.mailer, route.addresses, parts, now)).outcome === "sent";
    }
    if (!delivered) await releaseAlert(db, takeOff.slug, today);
    sent.push({ slug: takeOff.slug, delivered });
  }
  return sent;
}
