/**
 * Builds the WxrExport from the parser's events, one element at a time. Every open element gets a
 * role from its parent's role, so the same name means different things in different places
 * (`<title>` of the channel or of an item) and anything unknown is skipped with all it contains.
 */

import type { WxrAuthor, WxrExport, WxrTerm } from "./wxr.ts";
import { addMeta, createCommentDraft, createItemDraft, finishComment, finishItem } from "./wxr-drafts.ts";
import { decodeHtmlEntities } from "./wxr-entities.ts";
import {
  authorFields,
  type ChannelDraft,
  type CommentDraft,
  channelFields,
  commentFields,
  type ItemDraft,
  itemFields,
  keptMetaKeys,
  type MetaDraft,
  metaFields,
} from "./wxr-fields.ts";
import type { WxrText } from "./wxr-values.ts";

export interface Position {
  line: number;
  column: number;
}

type Role = "rss" | "channel" | "author" | "item" | "comment" | "meta" | "field" | "skipped";

interface OpenElement extends Position {
  name: string;
  role: Role;
  /** For a field: what to do with its text at the end tag. */
  store?: (field: WxrText) => void;
}

export interface WxrCollector {
  open(name: string, attributes: Readonly<Record<string, string>>, at: Position): void;
  text(chunk: string): void;
  close(): void;
  /** The export, once the document has ended; throws when the file stopped short. */
  finish(end: Position): WxrExport;
}

export function createWxrCollector(fail: (at: Position, reason: string) => Error): WxrCollector {
  const stack: OpenElement[] = [];
  const channel: ChannelDraft = { site: { title: "", link: "", language: "" }, version: "" };
  const result: WxrExport = { site: channel.site, version: "", authors: [], items: [] };
  let sawChannel = false;
  let author: WxrAuthor | undefined;
  let item: ItemDraft | undefined;
  let comment: CommentDraft | undefined;
  let meta: MetaDraft | undefined;
  let buffer: string[] = [];

  function roleOf(
    name: string,
    parent: OpenElement | undefined,
    at: Position,
  ): Omit<OpenElement, "name" | keyof Position> {
    if (parent === undefined) {
      if (name !== "rss") throw fail(at, `the document is <${name}>, not <rss>: not a WordPress export (WXR)`);
      return { role: "rss" };
    }
    const field = <Draft>(setter: ((draft: Draft, field: WxrText) => void) | undefined, draft: Draft | undefined) =>
      setter === undefined || draft === undefined
        ? { role: "skipped" as const }
        : { role: "field" as const, store: (text: WxrText) => setter(draft, text) };
    switch (parent.role) {
      case "rss":
        return name === "channel" ? { role: "channel" } : { role: "skipped" };
      case "channel":
        if (name === "item") {
          // A feed without wp:wxr_version is an RSS feed, not an export: stop before its items.
          if (channel.version === "") throw fail(at, "<item> before <wp:wxr_version>: not a WordPress export (WXR)");
          return { role: "item" };
        }
        if (name === "wp:author") return { role: "author" };
        return field(channelFields.get(name), channel);
      case "author":
        return field(authorFields.get(name), author);
      case "item":
        if (name === "wp:comment") return { role: "comment" };
        if (name === "wp:postmeta") return { role: "meta" };
        // A term's text is its name; `open` gives it a store that also keeps the attributes.
        if (name === "category") return { role: "field" };
        return field(itemFields.get(name), item);
      case "comment":
        return field(commentFields.get(name), comment);
      case "meta":
        // The value is collected only for a key the importer keeps (the key comes first).
        if (name === "wp:meta_value" && !keptMetaKeys.has(meta?.key ?? "")) return { role: "skipped" };
        return field(metaFields.get(name), meta);
      default:
        return { role: "skipped" };
    }
  }

  function open(name: string, attributes: Readonly<Record<string, string>>, at: Position): void {
    const element: OpenElement = { name, ...at, ...roleOf(name, stack.at(-1), at) };
    stack.push(element);
    if (element.role === "channel") sawChannel = true;
    else if (element.role === "author") author = { id: 0, login: "", displayName: "" };
    else if (element.role === "item") item = createItemDraft(at.line);
    else if (element.role === "comment") comment = createCommentDraft();
    else if (element.role === "meta") meta = { key: "", value: "" };
    else if (element.role === "field" && name === "category" && item !== undefined) {
      const term: WxrTerm = { domain: attributes["domain"] ?? "", nicename: attributes["nicename"] ?? "", name: "" };
      item.item.terms.push(term);
      element.store = (field) => {
        term.name = decodeHtmlEntities(field.text.trim());
      };
    }
    if (element.role === "field") buffer = [];
  }

  function close(): void {
    const element = stack.pop();
    if (element === undefined) return;
    if (element.store !== undefined) {
      const text = buffer.join("");
      element.store({ name: element.name, text, fail: (reason) => fail(element, reason) });
    } else if (element.role === "author" && author !== undefined) result.authors.push(author);
    else if (element.role === "item" && item !== undefined) result.items.push(finishItem(item));
    else if (element.role === "comment" && comment !== undefined) item?.item.comments.push(finishComment(comment));
    else if (element.role === "meta" && meta !== undefined && item !== undefined && keptMetaKeys.has(meta.key)) {
      addMeta(item, meta);
    } else if (element.role === "channel" && channel.version === "") {
      throw fail(element, "<channel> has no <wp:wxr_version>: not a WordPress export (WXR)");
    } else if (element.role === "rss" && !sawChannel) throw fail(element, "<rss> has no <channel>");
    buffer = [];
  }

  return {
    open,
    close,
    text(chunk) {
      if (stack.at(-1)?.store !== undefined) buffer.push(chunk);
    },
    finish(end) {
      // saxes names the innermost open element at the end of the file; the item is more useful.
      const unclosed = stack.findLast((element) => element.role === "item") ?? stack.at(-1);
      if (unclosed !== undefined) {
        throw fail(unclosed, `unclosed tag <${unclosed.name}>: the file ends at ${end.line}:${end.column}`);
      }
      result.version = channel.version;
      return result;
    },
  };
}
