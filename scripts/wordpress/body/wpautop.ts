/**
 * WordPress's wpautop() (wp-includes/formatting.php, WordPress 6.x), ported rule for rule: the
 * classic editor stores paragraphs as blank-line-separated text and line breaks as single
 * newlines, and WordPress adds the `<p>` and `<br />` only when it shows the post.
 */

/** The elements wpautop treats as blocks (`$allblocks`). */
const blocks =
  "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote" +
  "|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure" +
  "|figcaption|details|menu|summary)";

const blockTag = `</?${blocks}[^>]*>`;
const newlineInTag = " <!-- wpnl --> ";

export function wpautop(input: string): string {
  if (input.trim() === "") return "";
  const { text: withoutPre, preElements } = hidePreElements(`${input}\n`);

  let text = withoutPre.replace(/<br\s*\/?>\s*<br\s*\/?>/g, "\n\n");
  text = text.replace(new RegExp(`(<${blocks}[\\s/>])`, "g"), "\n\n$1");
  text = text.replace(new RegExp(`(</${blocks}>)`, "g"), "$1\n\n");
  text = text.replace(/(<hr\s*?\/?>)/g, "$1\n\n");
  text = text.replace(/\r\n|\r/g, "\n");
  // wp_replace_in_html_tags(): a newline inside a tag must not split a paragraph.
  text = text.replace(/<[^>]*>/g, (tag) => tag.replaceAll("\n", newlineInTag));
  text = collapseAroundInnerElements(text);
  text = text.replace(/\n\n+/g, "\n\n");

  text = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph !== "")
    .map((paragraph) => `<p>${paragraph.replace(/^\n+|\n+$/g, "")}</p>\n`)
    .join("");

  text = text.replace(/<p>\s*<\/p>/g, "");
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/g, "<p>$1</p></$2>");
  text = text.replace(new RegExp(`<p>\\s*(${blockTag})\\s*</p>`, "g"), "$1");
  text = text.replace(/<p>(<li.+?)<\/p>/g, "$1");
  text = text.replace(/<p><blockquote([^>]*)>/gi, "<blockquote$1><p>");
  text = text.replaceAll("</blockquote></p>", "</p></blockquote>");
  text = text.replace(new RegExp(`<p>\\s*(${blockTag})`, "g"), "$1");
  text = text.replace(new RegExp(`(${blockTag})\\s*</p>`, "g"), "$1");
  text = insertLineBreaks(text);
  text = text.replace(new RegExp(`(${blockTag})\\s*<br />`, "g"), "$1");
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, "$1");
  text = text.replace(/\n<\/p>$/, "</p>");

  text = text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (placeholder, index: string) => {
    return preElements[Number(index)] ?? placeholder;
  });
  return text.replaceAll(newlineInTag, "\n").replaceAll(newlineInTag.trim(), "\n");
}

/** `<pre>` elements are not touched: they are swapped for placeholders and put back at the end. */
function hidePreElements(text: string): { text: string; preElements: string[] } {
  if (!text.includes("<pre")) return { text, preElements: [] };
  const parts = text.split("</pre>");
  const last = parts.pop() ?? "";
  const preElements: string[] = [];
  let result = "";
  for (const part of parts) {
    const start = part.indexOf("<pre");
    if (start === -1) {
      result += part;
      continue;
    }
    result += `${part.slice(0, start)}<pre wp-pre-tag-${preElements.length}></pre>`;
    preElements.push(`${part.slice(start)}</pre>`);
  }
  return { text: result + last, preElements };
}

/** Line breaks around `<option>`, `<param>`, `<source>`, `<figcaption>` and the like are not paragraphs. */
function collapseAroundInnerElements(input: string): string {
  let text = input;
  if (text.includes("<option")) {
    text = text.replace(/\s*<option/g, "<option").replace(/<\/option>\s*/g, "</option>");
  }
  if (text.includes("</object>")) {
    text = text.replace(/(<object[^>]*>)\s*/g, "$1").replace(/\s*<\/object>/g, "</object>");
    text = text.replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, "$1");
  }
  if (text.includes("<source") || text.includes("<track")) {
    text = text.replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, "$1");
    text = text.replace(/\s*([<[]\/(?:audio|video)[>\]])/g, "$1");
    text = text.replace(/\s*(<(?:source|track)[^>]*>)\s*/g, "$1");
  }
  if (text.includes("<figcaption")) {
    text = text.replace(/\s*(<figcaption[^>]*>)/g, "$1").replace(/<\/figcaption>\s*/g, "</figcaption>");
  }
  return text;
}

/** The remaining single newlines become `<br />`, except inside script, style, svg and math. */
function insertLineBreaks(input: string): string {
  const preserved = "<WPPreserveNewline />";
  let text = input.replace(/<(script|style|svg|math).*?<\/\1>/gs, (element) => element.replaceAll("\n", preserved));
  text = text.replaceAll("<br>", "<br />").replaceAll("<br/>", "<br />");
  text = text.replace(/(?<!<br \/>)\s*\n/g, "<br />\n");
  return text.replaceAll(preserved, "\n");
}
