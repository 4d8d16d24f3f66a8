import type { HTMLElement } from "node-html-parser";

/**
 * Each `<pre>` gets its language as `data-lang` for the fenced code block, from wherever the
 * editor or plugin wrote it: Prism/highlight.js classes (`language-php`, `lang-php`), Crayon
 * (`lang:php`), SyntaxHighlighter (`brush: php;`), or `lang`/`data-lang`/`data-language`.
 */
export function markCodeLanguages(root: HTMLElement): void {
  for (const pre of root.querySelectorAll("pre")) {
    const code = pre.querySelector("code");
    const language = languageOf(pre) ?? (code === null ? undefined : languageOf(code));
    if (language !== undefined) pre.setAttribute("data-lang", language);
    // Gutenberg's preformatted block writes line breaks as <br>, which textContent would lose.
    for (const lineBreak of pre.querySelectorAll("br")) lineBreak.replaceWith("\n");
  }
}

const classPatterns = [/(?:^|\s)(?:language|lang)-([\w+#.-]+)/, /(?:^|\s)lang:([\w+#.-]+)/, /\bbrush:\s*([\w+#.-]+)/];

function languageOf(element: HTMLElement): string | undefined {
  const attribute = ["data-lang", "data-language", "lang"]
    .map((name) => element.getAttribute(name)?.trim())
    .find((value) => value !== undefined && value !== "");
  const className = element.getAttribute("class") ?? "";
  const fromClass = classPatterns.map((pattern) => pattern.exec(className)?.[1]).find((value) => value !== undefined);
  const language = (attribute ?? fromClass)?.toLowerCase();
  // A fence's info string ends at whitespace and must not hold a backtick.
  return language !== undefined && /^[\w+#.-]+$/.test(language) ? language : undefined;
}
