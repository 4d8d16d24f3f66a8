/**
 * Shortcode syntax as WordPress reads it: get_shortcode_regex() and shortcode_parse_atts() in
 * wp-includes/shortcodes.php.
 */

/** One shortcode found in the text. */
export interface Shortcode {
  /** The shortcode as written, from `[` to the last `]`. */
  text: string;
  name: string;
  attributes: ReadonlyMap<string, string>;
  /** Unnamed attributes in order, e.g. the URL of `[youtube https://…]`. */
  positional: readonly string[];
  /** What stands between `[name]` and `[/name]`; undefined for a self-closing or unclosed tag. */
  content: string | undefined;
}

/**
 * get_shortcode_regex() for the given names: `[name attrs]`, `[name attrs /]` and
 * `[name attrs]content[/name]`; `[[name]]` is WordPress's way to write a shortcode literally.
 */
function shortcodePattern(names: readonly string[]): RegExp {
  const name = `(${names.join("|")})`;
  const attributes = String.raw`([^\]\/]*(?:\/(?!\])[^\]\/]*)*?)`;
  const content = String.raw`([^\[]*(?:\[(?!\/\2\])[^\[]*)*)`;
  return new RegExp(String.raw`\[(\[?)${name}(?![\w-])${attributes}(?:(\/)\]|\](?:${content}\[\/\2\])?)(\]?)`, "g");
}

/** shortcode_parse_atts(): name="value", name='value', name=value, and unnamed values. */
const attributePattern =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

export function parseShortcodeAttributes(text: string): Pick<Shortcode, "attributes" | "positional"> {
  const attributes = new Map<string, string>();
  const positional: string[] = [];
  // WordPress reads no-break and zero-width spaces in a tag as plain spaces.
  const normalized = text.replace(/[\u00a0\u200b]/g, " ");
  for (const match of normalized.matchAll(attributePattern)) {
    const name = match[1] ?? match[3] ?? match[5];
    const value = match[2] ?? match[4] ?? match[6];
    if (name !== undefined && value !== undefined) attributes.set(name.toLowerCase(), value);
    else positional.push(match[7] ?? match[8] ?? match[9] ?? "");
  }
  return { attributes, positional };
}

/**
 * Replaces each shortcode with one of the given names by what `render` returns for it. An escaped
 * `[[name]]` stays as written: the author meant the text, not the shortcode.
 */
export function replaceShortcodes(
  text: string,
  names: readonly string[],
  render: (shortcode: Shortcode) => string,
): string {
  return text.replace(shortcodePattern(names), (whole: string, ...groups: unknown[]) => {
    const [open, name, attributeText, , content, close] = groups;
    if (open === "[" && close === "]") return whole;
    if (typeof name !== "string") return whole;
    const parsed = parseShortcodeAttributes(typeof attributeText === "string" ? attributeText : "");
    return render({
      text: whole,
      name: name.toLowerCase(),
      ...parsed,
      content: typeof content === "string" ? content : undefined,
    });
  });
}
