import { describe, expect, it } from "vitest";
import { commentText } from "../../scripts/wordpress/body/comment-text.ts";
import { type ConvertedBody, convertBody } from "../../scripts/wordpress/body/convert-body.ts";
import { describe as describePost } from "../../scripts/wordpress/body/describe.ts";
import { plainTitle } from "../../scripts/wordpress/body/plain-title.ts";
import { unescapeMarkdown } from "../../scripts/wordpress/body/unconverted.ts";

const de = (html: string): ConvertedBody => convertBody(html, { lang: "de" });
const en = (html: string): ConvertedBody => convertBody(html, { lang: "en" });
const upload = (file: string) => `https://beispiel.de/wp-content/uploads/2023/05/${file}`;

/** What every conversion must hold, whatever the input. */
function expectWellFormed({ markdown, images, shortcodes }: ConvertedBody): void {
  expect(markdown).not.toMatch(/<script|<iframe|<div|<style|<form/i);
  expect(markdown).not.toMatch(/\n\n\n/);
  if (markdown !== "") expect(markdown).toMatch(/\S\n$/);
  const used = [...markdown.matchAll(/!\[(?:\\.|[^\]\\])*\]\(([^)\s]+)/g)].map((match) => match[1]);
  for (const url of used) expect(images.map((image) => image.url)).toContain(url);
  expect(new Set(images.map((image) => image.url)).size).toBe(images.length);
  const lines = markdown.split("\n");
  for (const { text, line } of shortcodes) expect(unescapeMarkdown(lines[line - 1] ?? "")).toContain(text);
}

describe("convertBody: classic editor paragraphs (wpautop)", () => {
  it("makes paragraphs of blank-line-separated text and line breaks of single newlines", () => {
    const result = de("Erster Absatz über Übergrößen.\nZweite Zeile.\n\n\n\nZweiter Absatz mit <em>Betonung</em>.");
    expect(result.markdown).toBe("Erster Absatz über Übergrößen.  \nZweite Zeile.\n\nZweiter Absatz mit _Betonung_.\n");
    expectWellFormed(result);
  });

  it("does not wrap block elements in paragraphs and leaves <pre> content alone", () => {
    const result = de(
      "Einleitung\n<h2>Ein Abschnitt</h2>\n<pre>erste Zeile\n\nzweite   Zeile</pre>\nSchluss\n<blockquote>Zitat über Bäume\n\nzweiter Absatz</blockquote>",
    );
    expect(result.markdown).toBe(
      [
        "Einleitung",
        "",
        "## Ein Abschnitt",
        "",
        "```",
        "erste Zeile",
        "",
        "zweite   Zeile",
        "```",
        "",
        "Schluss",
        "",
        "> Zitat über Bäume",
        ">",
        "> zweiter Absatz",
        "",
      ].join("\n"),
    );
  });

  it("writes nested lists with one space after the marker", () => {
    const html =
      "<ul>\n\t<li>Äpfel</li>\n\t<li>Birnen\n<ol>\n\t<li>Williams</li>\n\t<li>Abate</li>\n</ol>\n</li>\n</ul>";
    expect(de(html).markdown).toBe("- Äpfel\n- Birnen\n  1. Williams\n  2. Abate\n");
  });

  it("decodes entities and escapes text that Markdown would read as HTML", () => {
    const result = de(
      "Preis:&nbsp;12&nbsp;€ &#8211; &bdquo;günstig&ldquo; &amp; gut. Der Tag &lt;b&gt; und &amp;copy; bleiben Text.",
    );
    expect(result.markdown).toBe("Preis: 12 € – „günstig“ & gut. Der Tag \\<b> und \\&copy; bleiben Text.\n");
  });

  it("escapes a hyphen or number only where it would start a list", () => {
    const html =
      '<em>E-Mail</em>-Adresse, <a href="https://beispiel.de">3. Liga</a> und <code>a\\-b</code>\n\n- kein Punkt\n\n1. kein Eintrag';
    expect(de(html).markdown).toBe(
      "_E-Mail_-Adresse, [3. Liga](https://beispiel.de) und `a\\-b`\n\n\\- kein Punkt\n\n1\\. kein Eintrag\n",
    );
  });

  it("returns nothing for empty content", () => {
    expect(de("")).toEqual({ markdown: "", images: [], shortcodes: [] });
    expect(de(" \n\n&nbsp;\n")).toEqual({ markdown: "", images: [], shortcodes: [] });
    expect(de("<p>&nbsp;</p>\n<p></p>").markdown).toBe("");
  });
});

describe("convertBody: Gutenberg blocks", () => {
  it("drops the block comments and does not add paragraphs", () => {
    const html = [
      "<!-- wp:paragraph -->",
      "<p>Ein Beitrag aus dem Block-Editor, <strong>fett</strong> und <s>durchgestrichen</s>.</p>",
      "<!-- /wp:paragraph -->",
      "",
      '<!-- wp:heading {"level":3} -->',
      '<h3 class="wp-block-heading">Überschrift</h3>',
      "<!-- /wp:heading -->",
      "",
      "<!-- wp:list -->",
      '<ul class="wp-block-list"><!-- wp:list-item -->',
      "<li>Eins</li>",
      "<!-- /wp:list-item --><!-- wp:list-item -->",
      "<li>Zwei</li>",
      "<!-- /wp:list-item --></ul>",
      "<!-- /wp:list -->",
      "",
      "<!-- wp:more -->",
      "<!--more-->",
      "<!-- /wp:more -->",
    ].join("\n");
    expect(de(html).markdown).toBe(
      "Ein Beitrag aus dem Block-Editor, **fett** und ~~durchgestrichen~~.\n\n### Überschrift\n\n- Eins\n- Zwei\n",
    );
  });
});

describe("convertBody: code blocks", () => {
  it.each([
    { case: "a language- class on code", html: '<pre><code class="language-php">echo 1;</code></pre>', lang: "php" },
    { case: "a lang- class on pre", html: '<pre class="lang-js">let a;</pre>', lang: "js" },
    { case: "a lang attribute (WP-Syntax)", html: '<pre lang="python">print(1)</pre>', lang: "python" },
    { case: "a data-lang attribute", html: '<pre data-lang="bash"><code>ls -la</code></pre>', lang: "bash" },
    {
      case: "a SyntaxHighlighter brush",
      html: '<pre class="brush: css; title: ; notranslate">a {}</pre>',
      lang: "css",
    },
    { case: "Crayon's lang:", html: '<pre class="lang:sql decode:true">SELECT 1</pre>', lang: "sql" },
    { case: "[code language=…]", html: '[code language="php"]\n<?php echo "Grüße"; ?>\n[/code]', lang: "php" },
    { case: "[sourcecode lang=…]", html: '[sourcecode lang="js"]const a = 1 &lt; 2;[/sourcecode]', lang: "js" },
    { case: "a per-language shortcode", html: "[ruby]puts 'hi'[/ruby]", lang: "ruby" },
  ])("takes the language from $case", ({ html, lang }) => {
    const { markdown } = de(html);
    expect(markdown).toMatch(new RegExp(`^\`\`\`${lang}\n`));
    expect(markdown).toMatch(/\n```\n$/);
  });

  it("keeps the code of a [code] shortcode untouched by wpautop, entities decoded once", () => {
    const html =
      'Vorher:\n\n[code language="php"]\n<?php\nif ($a &lt; 2) {\n\n    echo "Größe";\n}\n[/code]\n\nNachher.';
    expect(de(html).markdown).toBe(
      'Vorher:\n\n```php\n<?php\nif ($a < 2) {\n\n    echo "Größe";\n}\n```\n\nNachher.\n',
    );
  });

  it("takes the language from the attributes of Gutenberg code blocks", () => {
    const html = [
      '<!-- wp:code {"language":"typescript"} -->',
      '<pre class="wp-block-code"><code>const größe: number = 1;\nif (größe &lt; 2) {}</code></pre>',
      "<!-- /wp:code -->",
      "",
      '<!-- wp:syntaxhighlighter/code {"language":"python"} -->',
      '<pre class="wp-block-syntaxhighlighter-code">def f():\n    return "ä"</pre>',
      "<!-- /wp:syntaxhighlighter/code -->",
    ].join("\n");
    expect(de(html).markdown).toBe(
      '```typescript\nconst größe: number = 1;\nif (größe < 2) {}\n```\n\n```python\ndef f():\n    return "ä"\n```\n',
    );
  });

  it("keeps line breaks of the preformatted block and fences code that holds backticks", () => {
    const html =
      '<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">Zeile eins<br>Zeile ```zwei```</pre>\n<!-- /wp:preformatted -->';
    expect(de(html).markdown).toBe("````\nZeile eins\nZeile ```zwei```\n````\n");
  });

  it("does not read shortcodes or escape Markdown inside code", () => {
    const result = de(
      '<pre><code>[gallery ids="1"] *nicht fett* &lt;div&gt;</code></pre>\n\nText mit <code>[foo]</code>.',
    );
    expect(result.markdown).toBe('```\n[gallery ids="1"] *nicht fett* <div>\n```\n\nText mit `[foo]`.\n');
    expect(result.shortcodes).toEqual([]);
  });
});

describe("convertBody: tables", () => {
  it("writes a table with a header as a GFM table", () => {
    const html =
      '<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Stadt</th><th>Einwohner</th></tr></thead><tbody><tr><td>München</td><td>1,5 Mio.</td></tr><tr><td>Köln</td><td>1,1 Mio.</td></tr></tbody></table><figcaption class="wp-element-caption">Große Städte</figcaption></figure>\n<!-- /wp:table -->';
    expect(de(html).markdown).toBe(
      "| Stadt | Einwohner |\n| --- | --- |\n| München | 1,5 Mio. |\n| Köln | 1,1 Mio. |\n\n_Große Städte_\n",
    );
  });

  it("writes a table without header, with merged cells and lists in cells as a readable pipe table", () => {
    const html =
      '<table><tbody><tr><td rowspan="2">Obst</td><td>Äpfel</td></tr><tr><td>Birnen</td></tr><tr><td colspan="2"><ul><li>süß</li><li>sauer</li></ul></td></tr></tbody></table>';
    const { markdown } = de(html);
    expect(markdown.split("\n")).toEqual([
      "|     |     |",
      "| --- | --- |",
      "| Obst | Äpfel |",
      "|     | Birnen |",
      "| • süß<br>• sauer |     |",
      "",
    ]);
  });
});

describe("convertBody: images and captions", () => {
  it("writes a Gutenberg image with its alt text and caption, links in the caption kept", () => {
    const html = `<!-- wp:image {"id":123,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="${upload("alpen-1024x683.jpg")}" alt="Blick über die Alpen" class="wp-image-123" srcset="${upload("alpen.jpg")} 2000w" style="aspect-ratio:1.5"/><figcaption class="wp-element-caption">Die Zugspitze, Foto: <a href="https://fotografin.de">Jana Müller</a></figcaption></figure>
<!-- /wp:image -->`;
    const result = de(html);
    expect(result.markdown).toBe(
      `![Blick über die Alpen](${upload("alpen-1024x683.jpg")})\n\n_Die Zugspitze, Foto: [Jana Müller](https://fotografin.de)_\n`,
    );
    expect(result.images).toEqual([{ url: upload("alpen-1024x683.jpg"), alt: "Blick über die Alpen" }]);
  });

  it("writes a classic [caption], dropping the link to the full-size file", () => {
    const html = `Vorher.

[caption id="attachment_12" align="aligncenter" width="640"]<a href="${upload("see.jpg")}"><img class="size-large wp-image-12" src="${upload("see-1024x768.jpg")}" alt="Ein See" width="640" height="480" /></a> Der Königssee im <a href="https://de.wikipedia.org/wiki/Herbst">Herbst</a>[/caption]

Nachher.`;
    expect(de(html).markdown).toBe(
      `Vorher.\n\n![Ein See](${upload("see-1024x768.jpg")})\n\n_Der Königssee im [Herbst](https://de.wikipedia.org/wiki/Herbst)_\n\nNachher.\n`,
    );
  });

  it("reads the old caption attribute and the wp-caption markup", () => {
    const attribute = `[caption id="" align="alignleft" width="300" caption="Altes Format"]<img src="${upload("alt.png")}" alt="" />[/caption]`;
    expect(de(attribute).markdown).toBe(`![](${upload("alt.png")})\n\n_Altes Format_\n`);
    const rendered = `<div id="attachment_7" style="width: 310px" class="wp-caption alignnone"><img class="size-medium wp-image-7" src="${upload("hund.jpg")}" alt="Hund" /><p class="wp-caption-text">Bello, 3 Jahre</p></div>`;
    expect(de(rendered).markdown).toBe(`![Hund](${upload("hund.jpg")})\n\n_Bello, 3 Jahre_\n`);
  });

  it("keeps a link around an image only when it leads elsewhere", () => {
    const html = [
      `<a href="https://shop.beispiel.de/buch"><img src="${upload("buch.jpg")}" alt="Das Buch" /></a>`,
      `<a href="https://beispiel.de/?attachment_id=9" rel="attachment wp-att-9"><img src="${upload("anhang.jpg")}" alt="Anhang" /></a>`,
      `<img src="data:image/gif;base64,R0lGOD" data-lazy-src="${upload("faul.jpg")}" alt="Faul geladen" />`,
      `<img src="${upload("buch.jpg")}" alt="Noch einmal" />`,
    ].join("\n\n");
    const result = de(html);
    expect(result.markdown).toBe(
      [
        `[![Das Buch](${upload("buch.jpg")})](https://shop.beispiel.de/buch)`,
        `![Anhang](${upload("anhang.jpg")})`,
        `![Faul geladen](${upload("faul.jpg")})`,
        `![Noch einmal](${upload("buch.jpg")})\n`,
      ].join("\n\n"),
    );
    expect(result.images.map((image) => image.url)).toEqual([
      upload("buch.jpg"),
      upload("anhang.jpg"),
      upload("faul.jpg"),
    ]);
  });

  it("escapes brackets in alt text and spaces in addresses", () => {
    const { markdown } = de(`<img src="/wp-content/uploads/mein bild (1).jpg" alt="Karte [Entwurf]" />`);
    expect(markdown).toBe("![Karte \\[Entwurf\\]](/wp-content/uploads/mein%20bild%20%281%29.jpg)\n");
  });
});

describe("convertBody: embeds", () => {
  const youtube = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

  it("writes a Gutenberg YouTube embed as a link with its caption", () => {
    const html = `<!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://youtu.be/dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Mein Vortrag über Barrierefreiheit</figcaption></figure>
<!-- /wp:embed -->`;
    expect(de(html).markdown).toBe(
      `[▶ Video auf YouTube ansehen](${youtube})\n\n_Mein Vortrag über Barrierefreiheit_\n`,
    );
    expect(en(html).markdown).toBe(
      `[▶ Watch the video on YouTube](${youtube})\n\n_Mein Vortrag über Barrierefreiheit_\n`,
    );
  });

  it.each([
    {
      case: "[embed]",
      html: "[embed]https://youtu.be/dQw4w9WgXcQ[/embed]",
      link: `[▶ Video auf YouTube ansehen](${youtube})`,
    },
    {
      case: "a bare URL on its line",
      html: "https://m.youtube.com/watch?v=dQw4w9WgXcQ&amp;feature=share",
      link: `[▶ Video auf YouTube ansehen](${youtube})`,
    },
    {
      case: "a YouTube iframe with a title and start",
      html: '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42" title="Grüße aus Köln" allowfullscreen></iframe>',
      link: `[▶ „Grüße aus Köln“ auf YouTube ansehen](${youtube}&t=42)`,
    },
    {
      case: "a YouTube iframe named after the player",
      html: '<iframe src="//www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>',
      link: `[▶ Video auf YouTube ansehen](${youtube})`,
    },
    {
      case: "a Vimeo player iframe",
      html: '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;color=ff0179" width="640"></iframe>',
      link: "[▶ Video auf Vimeo ansehen](https://vimeo.com/76979871/8272103f6e)",
    },
    {
      case: "a bare Vimeo URL",
      html: "https://vimeo.com/channels/staffpicks/76979871",
      link: "[▶ Video auf Vimeo ansehen](https://vimeo.com/76979871)",
    },
    {
      case: "a bare tweet URL",
      html: "https://twitter.com/maxmuster/status/1630000000000000000?s=20",
      link: "[Beitrag auf X von @maxmuster](https://x.com/maxmuster/status/1630000000000000000)",
    },
    {
      case: "a LinkedIn iframe",
      html: '<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7012345678901234567" height="600" frameborder="0" allowfullscreen="" title="Eingebetteter Beitrag"></iframe>',
      link: "[Beitrag auf LinkedIn](https://www.linkedin.com/feed/update/urn:li:share:7012345678901234567/)",
    },
    {
      case: "a Jetpack [youtube] shortcode",
      html: "[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
      link: `[▶ Video auf YouTube ansehen](${youtube})`,
    },
    {
      case: "another site's iframe",
      html: '<iframe src="https://www.google.com/maps/embed?pb=!1m18" width="600"></iframe>',
      link: "[Eingebetteter Inhalt von google.com](https://www.google.com/maps/embed?pb=!1m18)",
    },
    {
      case: "a bare URL of a site without embeds",
      html: "https://beispiel.de/seite",
      link: "[https://beispiel.de/seite](https://beispiel.de/seite)",
    },
  ])("writes $case as a link paragraph", ({ html, link }) => {
    const result = de(`Davor.\n\n${html}\n\nDanach.`);
    expect(result.markdown).toBe(`Davor.\n\n${link}\n\nDanach.\n`);
    expectWellFormed(result);
  });

  it("keeps a URL inside a sentence as text", () => {
    expect(de("Siehe https://www.youtube.com/watch?v=dQw4w9WgXcQ für mehr.").markdown).not.toContain("ansehen");
  });

  it("writes a tweet's text as a quote followed by the link to the post, without X's script", () => {
    const html = `Das schrieb Max:

<blockquote class="twitter-tweet"><p lang="de" dir="ltr">Heute ist ein schöner Tag für Äpfel &amp; Birnen! <a href="https://t.co/AbCdEf">pic.twitter.com/AbCdEf</a></p>&mdash; Max Muster (@maxmuster) <a href="https://twitter.com/maxmuster/status/1630000000000000000?ref_src=twsrc%5Etfw">28. Februar 2023</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>`;
    expect(de(html).markdown).toBe(
      "Das schrieb Max:\n\n> Heute ist ein schöner Tag für Äpfel & Birnen! [pic.twitter.com/AbCdEf](https://t.co/AbCdEf)\n\n[Beitrag auf X von @maxmuster](https://x.com/maxmuster/status/1630000000000000000)\n",
    );
    expect(en(html).markdown).toContain(
      "[Post on X by @maxmuster](https://x.com/maxmuster/status/1630000000000000000)",
    );
  });

  it("writes audio and video players and shortcodes as links to their files", () => {
    const html = [
      `[audio src="${upload("folge-1.mp3")}"]`,
      `[video width="1280" height="720" mp4="${upload("b%C3%A4r.mp4")}"][/video]`,
      `<!-- wp:audio -->\n<figure class="wp-block-audio"><audio controls src="${upload("interview.ogg")}"></audio><figcaption class="wp-element-caption">Das Interview</figcaption></figure>\n<!-- /wp:audio -->`,
    ];
    expect(de(html.slice(0, 2).join("\n\n")).markdown).toBe(
      `[Audio anhören: folge-1.mp3](${upload("folge-1.mp3")})\n\n[▶ Video ansehen: bär.mp4](${upload("b%C3%A4r.mp4")})\n`,
    );
    expect(en(html[2] ?? "").markdown).toBe(
      `[Listen to the audio: interview.ogg](${upload("interview.ogg")})\n\n_Das Interview_\n`,
    );
  });
});

describe("convertBody: shortcodes and what cannot be converted", () => {
  it("leaves other shortcodes readable in the text and reports each with its line", () => {
    const html = `Unsere Bilder:

[gallery ids="1,2" columns="3"]

Schreib uns über das Formular [contact-form-7 id="12" title="Kontakt"] oder [foo_bar]Inhalt[/foo_bar].`;
    const result = de(html);
    expect(result.markdown).toBe(
      'Unsere Bilder:\n\n\\[gallery ids="1,2" columns="3"\\]\n\nSchreib uns über das Formular \\[contact-form-7 id="12" title="Kontakt"\\] oder \\[foo\\_bar\\]Inhalt\\[/foo\\_bar\\].\n',
    );
    expect(result.shortcodes).toEqual([
      { text: '[gallery ids="1,2" columns="3"]', line: 3 },
      { text: '[contact-form-7 id="12" title="Kontakt"]', line: 5 },
      { text: "[foo_bar]", line: 5 },
    ]);
    expectWellFormed(result);
  });

  it("reports page-builder shortcodes that follow each other", () => {
    const result = de('[vc_row][vc_column width="1/2"]Spalte über Öl[/vc_column][/vc_row]');
    expect(result.markdown).toBe(
      '\\[vc\\_row\\]\\[vc\\_column width="1/2"\\]Spalte über Öl\\[/vc\\_column\\]\\[/vc\\_row\\]\n',
    );
    expect(result.shortcodes).toEqual([
      { text: "[vc_row]", line: 1 },
      { text: '[vc_column width="1/2"]', line: 1 },
    ]);
  });

  it("leaves a caption, embed or code shortcode without its closing tag visible", () => {
    const result = de('[caption width="300"]Bild fehlt\n\n[code lang="js"]let a;');
    expect(result.markdown).toBe('\\[caption width="300"\\]Bild fehlt\n\n\\[code lang="js"\\]let a;\n');
    expect(result.shortcodes.map((shortcode) => shortcode.line)).toEqual([1, 3]);
  });

  it("does not take Markdown links, brackets in prose or escaped shortcodes for shortcodes", () => {
    const result = de("Ein [Link](https://beispiel.de) als Text, [1] Fußnote, [Anm. d. Red.] und [[gallery]].");
    expect(result.shortcodes).toEqual([]);
    expect(unescapeMarkdown(result.markdown)).toBe(
      "Ein [Link](https://beispiel.de) als Text, [1] Fußnote, [Anm. d. Red.] und [[gallery]].\n",
    );
  });

  it("drops scripts, styles and noscript, and marks a removed form for the author", () => {
    const html = `<style>.rot { color: red; }</style>
Text vor dem Formular.
<script>alert("hallo");</script><noscript>Bitte JavaScript aktivieren</noscript>
<form action="/kontakt" method="post"><label>Name <input name="name"></label><button>Senden</button></form>
Text danach.`;
    const result = de(html);
    expect(result.markdown).toBe("Text vor dem Formular.\n\n\\<form>\n\nText danach.\n");
    expect(result.shortcodes).toEqual([{ text: "<form>", line: 3 }]);
  });
});

const fixtures: Record<string, string> = {
  classic: `Hallo <a href="https://beispiel.de">Welt</a>!\n\n[caption width="300"]<img src="${upload("a.jpg")}" alt="A" /> Bild A[/caption]\n\n[gallery]\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>x()</script>`,
  gutenberg: `<!-- wp:html -->\n<div class="widget"><iframe src="https://example.org/widget"></iframe><script src="https://example.org/w.js"></script></div>\n<!-- /wp:html -->\n\n<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":1} -->\n<figure class="wp-block-image"><img src="${upload("b.jpg")}" alt="B"/></figure>\n<!-- /wp:image --><!-- wp:image {"id":2} -->\n<figure class="wp-block-image"><img src="${upload("c.jpg")}" alt="C"/><figcaption class="wp-element-caption">C mit [foo]</figcaption></figure>\n<!-- /wp:image --></figure>\n<!-- /wp:gallery -->`,
  soup: `<div class="x"><div><span style="color:red">Verschachtelt</span></div><div><object data="https://example.org/flash.swf"></object><embed src="https://example.org/alt.swf"></div></div><p>[bar id=1]</p>`,
};

describe("convertBody: properties", () => {
  it.each(Object.entries(fixtures))("holds for %s content", (_name, html) => {
    for (const result of [de(html), en(html)]) expectWellFormed(result);
  });

  it("converts a post of more than 200 KB in under 2 seconds", () => {
    const section = (index: number) => `<h2>Abschnitt ${index}</h2>
Ein langer Absatz über Größenordnungen, Übergänge und Äquivalenzen &#8211; mit <a href="https://beispiel.de/${index}">Link</a> und <strong>fetten</strong> Wörtern.
Eine zweite Zeile im selben Absatz.

[caption id="attachment_${index}" align="aligncenter" width="640"]<img src="${upload(`bild-${index}.jpg`)}" alt="Bild ${index}" /> Unterschrift ${index}[/caption]

<ul>
	<li>Punkt eins</li>
	<li>Punkt zwei</li>
</ul>
[code language="js"]
const wert${index} = ${index} < 10 ? "klein" : "groß";
[/code]

<table><tr><th>Spalte</th><th>Wert</th></tr><tr><td>${index}</td><td>${index * 2}</td></tr></table>

[gallery ids="${index}"]

https://www.youtube.com/watch?v=dQw4w9WgXcQ

`;
    const html = Array.from({ length: 400 }, (_, index) => section(index)).join("");
    expect(html.length).toBeGreaterThan(200_000);
    const started = performance.now();
    const result = de(html);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.images).toHaveLength(400);
    expect(result.shortcodes).toHaveLength(400);
    expectWellFormed(result);
  });
});

describe("commentText", () => {
  it("turns a comment's HTML into plain text with paragraphs, links and quotes", () => {
    const html = `<blockquote>Das stimmt so nicht.
Zweite Zeile.</blockquote>
Danke für den Beitrag! Mehr dazu bei <a href="https://beispiel.de/artikel" rel="nofollow ugc">meinem Artikel</a> und <a href="https://beispiel.de">https://beispiel.de</a>.

Grüße &amp; bis bald,
<em>Jörg</em>`;
    expect(commentText(html)).toBe(
      "> Das stimmt so nicht.\n> Zweite Zeile.\n\nDanke für den Beitrag! Mehr dazu bei meinem Artikel (https://beispiel.de/artikel) und https://beispiel.de.\n\nGrüße & bis bald,\nJörg",
    );
  });

  it("reads comments that already have paragraphs, code and entities", () => {
    expect(
      commentText(
        "<p>Erster&nbsp;Absatz mit <code>npm&nbsp;install</code>.</p><p><strong>Zweiter</strong> &#8211; Ende.</p>  ",
      ),
    ).toBe("Erster Absatz mit npm install.\n\nZweiter – Ende.");
    expect(commentText("  \n ")).toBe("");
  });
});

describe("describe", () => {
  it("prefers the excerpt as plain text", () => {
    expect(describePost("<p>Ein <em>kurzer</em> Auszug &amp; mehr.</p>", "Der erste Absatz.\n")).toBe(
      "Ein kurzer Auszug & mehr.",
    );
  });

  it("takes the first paragraph of prose, without Markdown syntax", () => {
    const markdown = [
      "## Überschrift",
      "",
      "![Bild](https://beispiel.de/a.jpg)",
      "",
      "_Bildunterschrift_",
      "",
      "[▶ Video auf YouTube ansehen](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
      "",
      "```js",
      "const a = 1;",
      "",
      "const b = 2;",
      "```",
      "",
      '\\[gallery ids="1"\\]',
      "",
      "Der **erste** echte Absatz mit [einem Link](https://beispiel.de) und \\_Unterstrichen\\_.  ",
      "Zweite Zeile.",
      "",
      "Zweiter Absatz.",
    ].join("\n");
    expect(describePost("", markdown)).toBe("Der erste echte Absatz mit einem Link und _Unterstrichen_. Zweite Zeile.");
  });

  it("cuts at a word boundary, the ellipsis included in the length", () => {
    const text =
      "Über die Kunst, lange Sätze zu schreiben, die nicht enden wollen, und warum Leser sie trotzdem lieben";
    const cut = describePost("", `${text}\n`, 40);
    expect(cut).toBe("Über die Kunst, lange Sätze zu…");
    expect(Array.from(cut).length).toBeLessThanOrEqual(40);
    expect(describePost("", "Genau vierzig Zeichen lang, kein Schnitt.\n", 41)).toBe(
      "Genau vierzig Zeichen lang, kein Schnitt.",
    );
    expect(describePost("", "Donaudampfschifffahrtsgesellschaftskapitän\n", 10)).toBe("Donaudamp…");
  });

  it("is empty when there is nothing to describe", () => {
    expect(describePost("", "")).toBe("");
    expect(describePost("  ", "## Nur eine Überschrift\n\n![Bild](https://beispiel.de/a.jpg)\n")).toBe("");
  });

  it("describes what convertBody wrote", () => {
    const { markdown } = de(
      `[caption width="300"]<img src="${upload("a.jpg")}" alt="A" /> Bild A[/caption]\n\nWir haben &#8222;Größe&#8220; gemessen.`,
    );
    expect(describePost("", markdown)).toBe("Wir haben „Größe“ gemessen.");
  });
});

describe("plainTitle", () => {
  it.each([
    { title: "Äpfel &amp; Birnen &#8211; ein Vergleich", plain: "Äpfel & Birnen – ein Vergleich" },
    { title: "Warum <em>Markdown</em>\n  gewinnt", plain: "Warum Markdown gewinnt" },
    { title: "  &bdquo;Zitat&ldquo;&nbsp;im Titel ", plain: "„Zitat“ im Titel" },
    { title: "Wenn a < b gilt", plain: "Wenn a < b gilt" },
  ])("reads $title", ({ title, plain }) => {
    expect(plainTitle(title)).toBe(plain);
  });
});
