import type { HTMLElement } from "node-html-parser";

/**
 * Images as Markdown can hold them: source, alt text and title only (no size classes, srcset or
 * styles), captions as `<figcaption>`, and a surrounding link only when it leads somewhere else.
 */
export function cleanImages(root: HTMLElement): void {
  for (const image of root.querySelectorAll("img")) {
    const source = imageSource(image);
    if (source === undefined) {
      image.remove();
      continue;
    }
    const title = image.getAttribute("title");
    image.setAttributes({ src: source, alt: image.getAttribute("alt") ?? "", ...(title ? { title } : {}) });
    unwrapSelfLink(image, source);
  }
  // Classic captions rendered as HTML: <div class="wp-caption"><img><p class="wp-caption-text">…</p></div>.
  for (const caption of root.querySelectorAll(".wp-caption-text, .gallery-caption")) {
    caption.tagName = "figcaption";
  }
}

/**
 * The address of the image itself; lazy-loading plugins put a placeholder in `src` and the real
 * address in a data attribute.
 */
function imageSource(image: HTMLElement): string | undefined {
  const candidates = [image.getAttribute("src"), image.getAttribute("data-lazy-src"), image.getAttribute("data-src")];
  return candidates.map((value) => value?.trim()).find((value) => value && !value.startsWith("data:"));
}

/**
 * WordPress links an inserted image to its own file (often the full size of a resized image) or
 * to its attachment page (`rel="attachment wp-att-…"`, `?attachment_id=`); neither is a link the
 * post means to make.
 */
function unwrapSelfLink(image: HTMLElement, source: string): void {
  const link = image.parentNode;
  if (link === null || link.tagName !== "A" || link.text.trim() !== "") return;
  const href = link.getAttribute("href") ?? "";
  const isAttachmentPage = /\battachment\b/.test(link.getAttribute("rel") ?? "") || href.includes("attachment_id=");
  if (href === "" || isAttachmentPage || sameImageFile(href, source)) link.replaceWith(image);
}

/** Equal once the size suffix WordPress adds to resized copies (`-1024x768`, `-scaled`) is removed. */
function sameImageFile(first: string, second: string): boolean {
  const base = (address: string) =>
    address
      .replace(/[?#].*$/, "")
      .replace(/^https?:/, "")
      .replace(/-(?:\d+x\d+|scaled)(?=\.\w+$)/, "");
  return base(first) === base(second);
}
