/**
 * Empty records for the reader to fill, and the last step of each: an item or comment is complete
 * only at its end tag, when its GMT date can fall back to the local one.
 */

import type { WxrComment, WxrItem } from "./wxr.ts";
import type { CommentDraft, ItemDraft, MetaDraft } from "./wxr-fields.ts";

export function createItemDraft(line: number): ItemDraft {
  const item: WxrItem = {
    id: 0,
    line,
    title: "",
    link: "",
    creator: "",
    content: "",
    excerpt: "",
    date: "",
    modified: "",
    name: "",
    status: "",
    type: "",
    parent: 0,
    hasPassword: false,
    sticky: false,
    commentStatus: "closed",
    terms: [],
    attachmentUrl: "",
    meta: {},
    comments: [],
  };
  return { item, date: "", dateGmt: "", modified: "", modifiedGmt: "", oldSlugs: [] };
}

export function createCommentDraft(): CommentDraft {
  const comment: WxrComment = {
    id: 0,
    author: "",
    authorUrl: "",
    date: "",
    content: "",
    approved: "1",
    type: "comment",
    parent: 0,
    userId: 0,
  };
  return { comment, date: "", dateGmt: "" };
}

/**
 * Drafts and pending posts carry the zero date as their GMT date (WordPress fixes it only on
 * publishing); their local date is then the best there is, read as UTC. Both zero leaves "".
 */
export function finishItem(draft: ItemDraft): WxrItem {
  const { item } = draft;
  item.date = draft.dateGmt || draft.date;
  item.modified = draft.modifiedGmt || draft.modified;
  if (draft.oldSlugs.length > 0) item.meta["_wp_old_slug"] = draft.oldSlugs.join("\n");
  return item;
}

export function finishComment(draft: CommentDraft): WxrComment {
  draft.comment.date = draft.dateGmt || draft.date;
  return draft.comment;
}

export function addMeta(draft: ItemDraft, meta: MetaDraft): void {
  if (meta.key === "_wp_old_slug") draft.oldSlugs.push(meta.value);
  else draft.item.meta[meta.key] = meta.value;
}
