import type { Page } from "playwright-core";

/**
 * What a hostile reader may type as name and comment. Each is one line without
 * surrounding spaces, so that the page must show it character for character.
 */
export const textPayloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//127.0.0.1/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<img src=x onerror=\"alert('img')\">",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "</p></article></li></ol><script>alert(1)</script>",
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  "<body onload=alert(1)>",
  '<div onmouseover="alert(1)">hover me</div>',
  "<details open ontoggle=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  '<a href="javascript:alert(1)">click</a>',
  "[click](javascript:alert(1))",
  "![x](javascript:alert(1))",
  '<div style="background:url(javascript:alert(1))">css</div>',
  '<div style="width: expression(alert(1))">ie</div>',
  "<style>*{display:none}</style>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload, typed as plain text.
  "${alert(1)}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload, typed as plain text.
  "`${alert(document.domain)}`",
  "{{constructor.constructor('alert(1)')()}}",
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;img src=x onerror=alert(1)&#62;",
  "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  'https://example.com/"onmouseover="alert(1)',
  "javascript:alert(1)",
  "\u202egnp.exe <!-- unclosed",
];

/** Websites that the API refuses; stored anyway, they must still never become script links. */
export const websitePayloads = [
  "javascript:alert(1)",
  "JavaScript:alert(document.domain)",
  "  javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  'https://example.com/"onmouseover="alert(1)',
  "https://example.com/'><script>alert(1)</script>",
];

/** The only markup a comment list consists of (CommentList.astro and CommentBody.astro). */
const listTags = ["OL", "LI", "ARTICLE", "P", "STRONG", "A", "SPAN", "TIME", "BR"];

export interface ListInspection {
  /** Elements inside the comment lists other than the list's own markup. */
  foreignElements: string[];
  /** Attributes that run script: on* handlers, srcdoc, and style. */
  scriptAttributes: string[];
  /** Links whose URL is not http(s), as the browser resolved them. */
  scriptLinks: string[];
}

/** Looks at the comment lists as the browser built them, after any parsing quirk. */
export function inspectCommentLists(page: Page): Promise<ListInspection> {
  return page.evaluate((allowed) => {
    const elements = [...document.querySelectorAll(".comment-list")].flatMap((list) => [...list.querySelectorAll("*")]);
    return {
      foreignElements: elements
        .filter((element) => !allowed.includes(element.tagName))
        .map((element) => element.outerHTML),
      scriptAttributes: elements.flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith("on") || name === "srcdoc" || name === "style")
          .map((name) => `${element.tagName} ${name}`),
      ),
      scriptLinks: [...document.querySelectorAll<HTMLAnchorElement>(".comment-list a")]
        .filter((link) => link.protocol !== "http:" && link.protocol !== "https:")
        .map((link) => link.getAttribute("href") ?? ""),
    };
  }, listTags);
}
