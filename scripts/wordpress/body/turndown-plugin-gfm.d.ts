/**
 * The two plugins of Joplin's GFM plugin that the body conversion uses; the package ships no types.
 * See https://github.com/laurent22/joplin/tree/dev/packages/turndown-plugin-gfm
 */
declare module "@joplin/turndown-plugin-gfm" {
  import type TurndownService from "turndown";

  /** Pipe tables; a table with block content (lists, headings, code) in a cell is kept as HTML. */
  export function tables(service: TurndownService): void;
  /** `<del>`, `<s>` and `<strike>` as `~~text~~`. */
  export function strikethrough(service: TurndownService): void;
}
