import { minimumFillMs } from "../../../functions/comments/form-token";
import { triggerCron } from "../../../scripts/lib/preview-server";
import { sendReads } from "../../support/seed-api";
import { testSecrets } from "../../support/test-secrets";
import { authorApi, fetchFormToken, postComment } from "./comment-api";

/**
 * What the look tests (accessibility, layout, screenshots) see: a preview of its own whose
 * D1 holds only this, so that every screenshot shows the same names, texts and numbers.
 * A German and an English post each get a thread with a reader's website, the author's
 * reply and a second reader, one comment waiting for moderation, and reads from three channels.
 */
export const lookPosts = {
  de: { slug: "newsletter-der-antworten-bekommt", topic: "newsletter" },
  en: { slug: "why-pageviews-lie", topic: "analytics" },
} as const;

export interface LookSite {
  /** The private deletion link of a pending comment, which shows the confirmation page. */
  deletePath: string;
}

const threads = {
  de: {
    first: {
      name: "Katrin Vogel",
      website: "https://beispiel.example/",
      text: "Danke! Die Idee mit der einen Frage am Ende probiere ich im nächsten Versand aus.\n\nWie oft fragen Sie nach?",
    },
    reply: "Einmal pro Ausgabe, immer am Schluss. Öfter wirkt es wie eine Umfrage.",
    second: {
      name: "Jonas Brandt",
      text: "Bei mir kamen die meisten Antworten auf persönliche Anekdoten, nicht auf Fachtipps.",
    },
    pending: { name: "Mara", text: "Gibt es dazu eine Vorlage?" },
  },
  en: {
    first: {
      name: "Priya Nair",
      website: "https://example.org/",
      text: "This matches what I see: the posts with the most views get the fewest replies.\n\nHow long do you count as an engaged read?",
    },
    reply: "A minute of attention, or reading to the end. The traction page explains the rest.",
    second: { name: "Sam Okafor", text: "Switched my weekly report to engaged reads last month. Much calmer." },
    pending: { name: "Lee", text: "Could you share the spreadsheet?" },
  },
} as const;

/** Waits out the form's minimum fill time on the clock of this machine, where the preview runs too. */
async function waitUntilSendable(token: string): Promise<void> {
  const readyAt = Number(token.split(".", 1)[0]) + minimumFillMs + 50;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, readyAt - Date.now())));
}

/** Three form tokens for the post, ready to send. */
async function readyTokens(baseUrl: string, post: string): Promise<string[]> {
  const tokens = await Promise.all([0, 1, 2].map(() => fetchFormToken(baseUrl, post)));
  await Promise.all(tokens.map(waitUntilSendable));
  return tokens;
}

async function seedThread(baseUrl: string, lang: "de" | "en", tokens: string[]): Promise<string> {
  const post = lookPosts[lang].slug;
  const thread = threads[lang];
  const [firstToken = "", secondToken = "", pendingToken = ""] = tokens;
  const first = await postComment(baseUrl, { post, ...thread.first, token: firstToken });
  const author = authorApi(baseUrl, testSecrets.AUTHOR_API_TOKEN);
  await author.approve(first.id);
  await author.reply(first.id, thread.reply);
  const second = await postComment(baseUrl, { post, ...thread.second, token: secondToken });
  await author.approve(second.id);
  const pending = await postComment(baseUrl, { post, ...thread.pending, token: pendingToken });
  return pending.deleteUrl;
}

export async function seedLookSite(baseUrl: string): Promise<LookSite> {
  const [deTokens, enTokens] = await Promise.all([
    readyTokens(baseUrl, lookPosts.de.slug),
    readyTokens(baseUrl, lookPosts.en.slug),
  ]);
  // One thread after the other, so that the order of comments by time is the same in every run.
  const deletePath = await seedThread(baseUrl, "de", deTokens);
  await seedThread(baseUrl, "en", enTokens);
  const channels = ["https://www.linkedin.com/", "https://www.google.com/", ""];
  for (const [index, referrer] of channels.entries()) {
    for (const lang of ["de", "en"] as const) {
      await sendReads(baseUrl, {
        path: `/posts/${lookPosts[lang].slug}/`,
        views: 6 - index,
        engaged: 4 - index,
        referrer,
      });
    }
  }
  await triggerCron(baseUrl, "*/5 * * * *");
  return { deletePath };
}
