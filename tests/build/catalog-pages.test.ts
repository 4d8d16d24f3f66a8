import { describe, expect, it } from "vitest";
import { catalogSchema } from "../../functions/schemas/catalog";
import { listDistFiles, readDist, urlPathOf } from "./support/dist";

const catalog = catalogSchema.parse(JSON.parse(readDist("/catalog.json")));
const pages = new Set(catalog.pages);

// Error pages answer for paths that are not pages; the dashboard is the author's, never counted.
const notReaderPages = (path: string) => /^\/(404|500)\.html$/.test(path) || path.startsWith("/dashboard/");
const builtPages = listDistFiles([".html"])
  .map(urlPathOf)
  .filter((path) => !notReaderPages(path));

describe("the catalog's page paths (what the roll-ups count as pages of the site)", () => {
  it("names every HTML page the build wrote", () => {
    expect(builtPages.length).toBeGreaterThan(10);
    expect(builtPages.filter((path) => !pages.has(path))).toStrictEqual([]);
  });

  it("names only pages the build wrote, besides the pages rendered on request", () => {
    const onRequest = (path: string) =>
      /^\/posts\/[^/]+\/comments\/$|^\/analytics-opt-out\/$|^\/comments\/delete\/$/.test(path);
    const built = new Set(builtPages);
    expect([...pages].filter((path) => !built.has(path) && !onRequest(path))).toStrictEqual([]);
  });

  it("names every post's comments page", () => {
    for (const post of catalog.posts) expect(pages).toContain(`${post.path}comments/`);
  });
});
