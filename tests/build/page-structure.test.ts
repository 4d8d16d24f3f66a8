import { describe, expect, it } from "vitest";
import { listDistFiles, readHtml, urlPathOf } from "./support/dist";

const pages = listDistFiles([".html"]).map(urlPathOf);

describe.each(pages)("the page %s", (path) => {
  it("has exactly one h1", () => {
    expect(readHtml(path).querySelectorAll("h1")).toHaveLength(1);
  });

  it('has one <main id="main">', () => {
    expect(readHtml(path).querySelectorAll("main#main")).toHaveLength(1);
  });

  it("opens with a skip link to #main", () => {
    // A skip link helps keyboard readers only when it is the first thing they reach.
    expect(readHtml(path).querySelector("body a")?.getAttribute("href")).toBe("#main");
  });

  it("has a meta description", () => {
    const descriptions = readHtml(path).querySelectorAll('meta[name="description"]');
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]?.getAttribute("content")?.trim()).toBeTruthy();
  });

  it("offers a search form that leads to /search/?q=", () => {
    const forms = readHtml(path).querySelectorAll('form[role="search"]');
    const reachable = forms.filter(
      (form) => form.getAttribute("action") === "/search/" && form.querySelector('input[name="q"]') !== null,
    );
    expect(reachable.length).toBeGreaterThanOrEqual(1);
  });
});
