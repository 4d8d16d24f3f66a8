/**
 * What the importer reads from a WordPress export (WXR 1.1/1.2): the parts it uses, as plain
 * values. E-mail and IP addresses are not among them: the reader never keeps them, so no later
 * step can store them by mistake. See https://wordpress.org/documentation/article/tools-export-screen/
 */

/** The blog the export came from. */
export interface WxrSite {
  title: string;
  /** The blog's address (`<link>` of the channel), e.g. "https://beispiel.de". */
  link: string;
  /** `<language>`, e.g. "de-DE"; empty when the export names none. */
  language: string;
}

/** A user who wrote posts (`<wp:author>`): id, login and display name only. */
export interface WxrAuthor {
  id: number;
  login: string;
  displayName: string;
}

/** A category, tag or post format of an item (`<category domain=… nicename=…>`). */
export interface WxrTerm {
  /** "category", "post_tag", "post_format", or another taxonomy. */
  domain: string;
  /** The term's slug as WordPress stores it: may be percent-encoded ("%c3%bcber"). */
  nicename: string;
  /** The term's name, entities decoded. */
  name: string;
}

/** `<wp:comment_approved>`: "1", "0", "spam", "trash" or "post-trashed". */
export type WxrCommentApproval = "1" | "0" | "spam" | "trash" | "post-trashed";

/** A comment, without the author's e-mail and IP address, which the reader skips. */
export interface WxrComment {
  id: number;
  author: string;
  /** `<wp:comment_author_url>`, as written; may be empty or not a URL. */
  authorUrl: string;
  /** `<wp:comment_date_gmt>` as an ISO 8601 UTC string, or `<wp:comment_date>` when that is zero. */
  date: string;
  /** The comment's HTML. */
  content: string;
  approved: WxrCommentApproval;
  /** "comment" (WordPress writes "" for it), "pingback", "trackback", or a plugin's type. */
  type: string;
  /** The id of the comment it answers; 0 for a top-level comment. */
  parent: number;
  /** The WordPress user who wrote it; 0 for a reader without an account. */
  userId: number;
}

/** One `<item>`: a post, page, attachment or anything else WordPress exports. */
export interface WxrItem {
  id: number;
  /** The line of the item's start tag in the export, for messages. */
  line: number;
  title: string;
  /** The item's permalink as the blog published it (`<link>`); may be "?p=123" style. */
  link: string;
  /** The author's login (`<dc:creator>`). */
  creator: string;
  /** `<content:encoded>`: classic HTML or Gutenberg block markup. */
  content: string;
  /** `<excerpt:encoded>`. */
  excerpt: string;
  /** `<wp:post_date_gmt>` as ISO 8601 UTC, or `<wp:post_date>` when that is zero (drafts). */
  date: string;
  /** `<wp:post_modified_gmt>` as ISO 8601 UTC; empty when absent. */
  modified: string;
  /** `<wp:post_name>`, the slug, as stored: may be percent-encoded or empty (drafts). */
  name: string;
  /** "publish", "draft", "pending", "private", "future", "trash", "inherit", "auto-draft", … */
  status: string;
  /** "post", "page", "attachment", "nav_menu_item", … */
  type: string;
  /** `<wp:post_parent>`: a page's parent page, an attachment's post. */
  parent: number;
  /** Whether `<wp:post_password>` is set. */
  hasPassword: boolean;
  sticky: boolean;
  commentStatus: "open" | "closed";
  terms: WxrTerm[];
  /** An attachment's file URL (`<wp:attachment_url>`); empty for other items. */
  attachmentUrl: string;
  /** `<wp:postmeta>` pairs the importer uses (`_wp_attachment_image_alt`, `_thumbnail_id`, …). */
  meta: Record<string, string>;
  comments: WxrComment[];
}

export interface WxrExport {
  site: WxrSite;
  /** "1.1" or "1.2" (`<wp:wxr_version>`). */
  version: string;
  authors: WxrAuthor[];
  items: WxrItem[];
}
