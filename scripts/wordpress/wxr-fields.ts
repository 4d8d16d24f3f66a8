/**
 * Which elements of a WXR export the reader keeps, and where each goes. An element missing from
 * these maps is skipped without its text ever being collected: that is how e-mail addresses
 * (`author_email`, `comment_author_email`), IP addresses (`comment_author_IP`), user agents and
 * post passwords stay out of the model.
 */

import type { WxrAuthor, WxrComment, WxrItem, WxrSite } from "./wxr.ts";
import { decodeHtmlEntities } from "./wxr-entities.ts";
import { readApproval, readDate, readInteger, type WxrText } from "./wxr-values.ts";

export interface ChannelDraft {
  site: WxrSite;
  version: string;
}

/** An item while it is read: the dates wait for `</item>`, since the GMT one may be zero. */
export interface ItemDraft {
  item: WxrItem;
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  oldSlugs: string[];
}

export interface CommentDraft {
  comment: WxrComment;
  date: string;
  dateGmt: string;
}

export interface MetaDraft {
  key: string;
  value: string;
}

type Setter<Draft> = (draft: Draft, field: WxrText) => void;
type Setters<Draft> = ReadonlyMap<string, Setter<Draft>>;

/** Plain-text fields: WordPress stores names HTML-escaped, so they are decoded once more. */
const plain = (field: WxrText) => decodeHtmlEntities(field.text.trim());

export const channelFields: Setters<ChannelDraft> = new Map<string, Setter<ChannelDraft>>([
  ["title", (draft, field) => (draft.site.title = plain(field))],
  ["link", (draft, field) => (draft.site.link = field.text.trim())],
  ["language", (draft, field) => (draft.site.language = field.text.trim())],
  ["wp:wxr_version", (draft, field) => (draft.version = field.text.trim())],
]);

export const authorFields: Setters<WxrAuthor> = new Map<string, Setter<WxrAuthor>>([
  ["wp:author_id", (author, field) => (author.id = readInteger(field))],
  ["wp:author_login", (author, field) => (author.login = field.text.trim())],
  ["wp:author_display_name", (author, field) => (author.displayName = plain(field))],
]);

export const itemFields: Setters<ItemDraft> = new Map<string, Setter<ItemDraft>>([
  ["title", (draft, field) => (draft.item.title = plain(field))],
  ["link", (draft, field) => (draft.item.link = field.text.trim())],
  ["dc:creator", (draft, field) => (draft.item.creator = field.text.trim())],
  // Post bodies are HTML or block markup: kept exactly, entities and whitespace included.
  ["content:encoded", (draft, field) => (draft.item.content = field.text)],
  ["excerpt:encoded", (draft, field) => (draft.item.excerpt = field.text)],
  ["wp:post_id", (draft, field) => (draft.item.id = readInteger(field))],
  ["wp:post_date", (draft, field) => (draft.date = readDate(field))],
  ["wp:post_date_gmt", (draft, field) => (draft.dateGmt = readDate(field))],
  ["wp:post_modified", (draft, field) => (draft.modified = readDate(field))],
  ["wp:post_modified_gmt", (draft, field) => (draft.modifiedGmt = readDate(field))],
  // Plugins write other values ("registered_only"); anything but "open" keeps the comments closed.
  [
    "wp:comment_status",
    (draft, field) => (draft.item.commentStatus = field.text.trim() === "open" ? "open" : "closed"),
  ],
  ["wp:post_name", (draft, field) => (draft.item.name = field.text.trim())],
  ["wp:status", (draft, field) => (draft.item.status = field.text.trim())],
  ["wp:post_type", (draft, field) => (draft.item.type = field.text.trim())],
  ["wp:post_parent", (draft, field) => (draft.item.parent = readInteger(field))],
  // Only whether there is a password: the password itself is never kept.
  ["wp:post_password", (draft, field) => (draft.item.hasPassword = field.text.trim() !== "")],
  ["wp:is_sticky", (draft, field) => (draft.item.sticky = readInteger(field) === 1)],
  ["wp:attachment_url", (draft, field) => (draft.item.attachmentUrl = field.text.trim())],
]);

export const commentFields: Setters<CommentDraft> = new Map<string, Setter<CommentDraft>>([
  ["wp:comment_id", (draft, field) => (draft.comment.id = readInteger(field))],
  ["wp:comment_author", (draft, field) => (draft.comment.author = plain(field))],
  ["wp:comment_author_url", (draft, field) => (draft.comment.authorUrl = field.text.trim())],
  ["wp:comment_date", (draft, field) => (draft.date = readDate(field))],
  ["wp:comment_date_gmt", (draft, field) => (draft.dateGmt = readDate(field))],
  ["wp:comment_content", (draft, field) => (draft.comment.content = field.text)],
  ["wp:comment_approved", (draft, field) => (draft.comment.approved = readApproval(field))],
  // WordPress before 5.5 wrote "" for an ordinary comment.
  ["wp:comment_type", (draft, field) => (draft.comment.type = field.text.trim() || "comment")],
  ["wp:comment_parent", (draft, field) => (draft.comment.parent = readInteger(field))],
  ["wp:comment_user_id", (draft, field) => (draft.comment.userId = readInteger(field))],
]);

/**
 * The post meta the importer uses: alt texts, featured images, attachment files, page templates
 * and former slugs. `_wp_old_slug` may appear once per former slug; its values are joined with "\n"
 * in the order of the export. For the other keys a later value replaces an earlier one.
 */
export const keptMetaKeys: ReadonlySet<string> = new Set([
  "_wp_attachment_image_alt",
  "_thumbnail_id",
  "_wp_attached_file",
  "_wp_page_template",
  "_wp_old_slug",
]);

export const metaFields: Setters<MetaDraft> = new Map<string, Setter<MetaDraft>>([
  ["wp:meta_key", (meta, field) => (meta.key = field.text.trim())],
  ["wp:meta_value", (meta, field) => (meta.value = field.text)],
]);
