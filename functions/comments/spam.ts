import type { CommentsConfig } from "../../site.config";

export type SpamReason = "honeypot" | "too-fast" | "links" | "blocked-word";

/** The reason of a comment an import brings in as spam when the filter finds none of its own. */
export const importedSpamReason = "imported";

// A scheme, or "www." not preceded by one ("https://www.x" is one link, not two).
const linkPattern = /\bhttps?:\/\/|(?<!:\/\/)\bwww\.[a-z0-9-]+\.[a-z]/gi;

export function countLinks(text: string): number {
  return text.match(linkPattern)?.length ?? 0;
}

/** Why a comment belongs in the spam queue, or null when it may go to moderation. */
export function findSpamReason(
  comment: { text: string; name: string; website?: string | undefined; honeypot: string; tooFast: boolean },
  config: Pick<CommentsConfig, "blockedWords" | "maxLinks">,
): SpamReason | null {
  if (comment.honeypot.trim() !== "") return "honeypot";
  if (comment.tooFast) return "too-fast";
  if (countLinks(comment.text) > config.maxLinks) return "links";
  const haystack = `${comment.name}\n${comment.website ?? ""}\n${comment.text}`.toLowerCase();
  if (config.blockedWords.some((word) => word.trim() !== "" && haystack.includes(word.trim().toLowerCase()))) {
    return "blocked-word";
  }
  return null;
}
