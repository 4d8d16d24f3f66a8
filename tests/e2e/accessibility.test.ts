import axe from "axe-core";
import { describe, it } from "vitest";
import { z } from "zod";
import { lookBrowsersForFile } from "./support/look-browsers";
import { lookPages } from "./support/look-pages";

/** WCAG 2.2 A and AA, and axe's best practices. No rule is turned off. */
const axeOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  resultTypes: ["violations"],
};

const violationsSchema = z.array(
  z.object({
    id: z.string(),
    help: z.string(),
    nodes: z.array(z.object({ target: z.array(z.unknown()), failureSummary: z.string().optional() })),
  }),
);

const look = lookBrowsersForFile("blocked");

// The tests run at once, each in a tab of its own and with its own `expect`: the pages only read the look site.
describe.concurrent.each(["light", "dark"] as const)(
  "in the %s colour scheme, axe-core finds no violation",
  (colorScheme) => {
    it.for(lookPages.map((lookPage) => [lookPage.name, lookPage] as const))(
      "on %s",
      // Every look page in both schemes at once, beside the other e2e files: on two busy cores
      // a post page with its comments took over the default 30 s.
      { timeout: 90_000 },
      async ([_name, lookPage], test) => {
        const { expect } = test;
        const page = await look.open(lookPage, { colorScheme, width: 1280 }, test);
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
        await page.evaluate(axe.source);
        const found = await page.evaluate(
          `axe.run(document, ${JSON.stringify(axeOptions)}).then((results) => results.violations)`,
        );
        const violations = violationsSchema
          .parse(found)
          .map(
            ({ id, help, nodes }) =>
              `${id} (${help}): ${nodes.map((node) => `${node.target.join(" ")} – ${node.failureSummary ?? ""}`).join("; ")}`,
          );
        expect(violations).toStrictEqual([]);
      },
    );
  },
);
