/**
 * Applies a text transformation to the HTML outside `<pre>` elements only: WordPress leaves
 * preformatted text alone (wpautop hides it behind placeholders), and so must the steps that
 * imitate it.
 */
export function mapOutsidePre(html: string, transform: (outside: string) => string): string {
  const preElement = /<pre[\s>][\s\S]*?<\/pre>/gi;
  let result = "";
  let position = 0;
  for (const match of html.matchAll(preElement)) {
    result += transform(html.slice(position, match.index)) + match[0];
    position = match.index + match[0].length;
  }
  return result + transform(html.slice(position));
}
