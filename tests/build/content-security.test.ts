import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../shared/security-headers";
import { listDistFiles, readHtml, urlPathOf } from "./support/dist";

const pages = listDistFiles([".html"]).map(urlPathOf);
/** Script types a browser does not run, so the policy does not govern them. */
const dataBlocks = new Set(["application/ld+json", "application/json"]);

describe.each(pages)("the page %s", (path) => {
  it("runs no inline script and no inline event handler", () => {
    const html = readHtml(path);
    const inline = html
      .querySelectorAll("script")
      .filter((script) => !script.hasAttribute("src") && !dataBlocks.has(script.getAttribute("type") ?? ""));
    expect(inline.map((script) => script.toString().slice(0, 120))).toEqual([]);
    const handlers = html
      .querySelectorAll("*")
      .flatMap((element) => Object.keys(element.attributes).filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
  });

  it("loads scripts only from the site itself", () => {
    const sources = readHtml(path)
      .querySelectorAll("script[src]")
      .map((script) => script.getAttribute("src") ?? "");
    expect(sources.filter((src) => !src.startsWith("/"))).toEqual([]);
  });
});

describe("the _headers file for static files", () => {
  it("sends the Content-Security-Policy for every path", () => {
    const rules = readFileSync("dist/client/_headers", "utf8").split(/\n(?=\S)/);
    const everyPath = rules.find((rule) => rule.startsWith("/*\n"));
    expect(everyPath?.split("\n")).toContain(`  Content-Security-Policy: ${contentSecurityPolicy}`);
  });
});
