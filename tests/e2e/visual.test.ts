import type { Page } from "playwright-core";
import { describe, it, type TestContext } from "vitest";
import { checkBaseline, compareWithBaseline, describeOutcome } from "./support/baselines";
import { lookBrowsersForFile } from "./support/look-browsers";
import { type LookPage, lookPages } from "./support/look-pages";

const look = lookBrowsersForFile("disabled");

/**
 * What changes with the day the tests run, painted over: dates (of comments, the footer's
 * year), and the dashboard's period in its date fields, table captions and chart axes.
 */
const volatile = [
  "time",
  "input[type=date]",
  // A field whose value holds the date, such as the newsletter link's issue (the current month).
  "input[data-volatile]",
  "caption",
  ".overview .axis",
  ".overview .panel-label .quiet",
];

/**
 * Masks alone leave a date's width, which changes with the day ("4. Dezember" is narrower
 * than "29. November") and moves what follows. So the text under each mask is made the same
 * every day first: dates become a fixed one, and every digit of the other volatile text a 0.
 */
async function freezeVolatileText(page: Page): Promise<void> {
  await page.evaluate(
    (selectors) => {
      for (const time of document.querySelectorAll("time")) time.textContent = "1. Januar 2000";
      for (const element of document.querySelectorAll(selectors.join(","))) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.textContent = (node.textContent ?? "").replace(/\d/g, "0");
        }
      }
    },
    volatile.filter((selector) => selector !== "time" && !selector.startsWith("input")),
  );
}

async function screenshot(page: Page): Promise<Buffer> {
  await freezeVolatileText(page);
  return page.screenshot({
    fullPage: true,
    animations: "disabled",
    caret: "hide",
    mask: volatile.map((selector) => page.locator(selector)),
    maskColor: "#888888",
  });
}

interface Shot {
  width: number;
  colorScheme: "light" | "dark";
}

async function capture(
  test: TestContext,
  lookPage: LookPage,
  shot: Shot,
  alter?: (page: Page) => Promise<unknown>,
): Promise<Buffer> {
  const page = await look.open(lookPage, shot, test);
  await alter?.(page);
  const image = await screenshot(page);
  return image;
}

/** Every page in light at both widths; the pages with comments in dark too. */
const shots = lookPages.flatMap((lookPage) =>
  [360, 1280].flatMap((width) =>
    (["light", "dark"] as const)
      .filter(
        (colorScheme) =>
          colorScheme === "light" || lookPage.name.startsWith("post-de") || lookPage.name.startsWith("comments-de"),
      )
      .map((colorScheme) => ({
        lookPage,
        shot: { width, colorScheme },
        name: `${lookPage.name}-${width}${colorScheme === "dark" ? "-dark" : ""}`,
      })),
  ),
);

// The tests run at once, each in a tab of its own and with its own `expect`: the pages only read the look site.
describe.concurrent("the screenshot matches its baseline", () => {
  it.for(shots.map((entry) => [entry.name, entry] as const))(
    "for %s",
    async ([_name, { lookPage, shot, name }], test) => {
      const { expect } = test;
      const baseline = name;
      let outcome = await checkBaseline(baseline, await capture(test, lookPage, shot));
      // On a busy machine chromium's full-page capture now and then stitches the top of a page
      // in twice; a second capture tells such a glitch from a change of the page.
      if (outcome.kind === "compared" && !outcome.comparison.matches) {
        outcome = await checkBaseline(baseline, await capture(test, lookPage, shot));
      }
      expect(
        outcome.kind === "updated" || (outcome.kind === "compared" && outcome.comparison.matches),
        describeOutcome(baseline, outcome),
      ).toBe(true);
    },
  );
});

/** The tolerance, checked against the two changes it must tell apart, on the German post at 1280 px. */
describe.concurrent("the comparison", () => {
  const postPage = lookPages.find((lookPage) => lookPage.name === "post-de");
  if (!postPage) throw new Error("the look pages lost the German post");

  it("lets text that renders one pixel lower and further left pass", async (test) => {
    const { expect } = test;
    const moved = await capture(test, postPage, { width: 1280, colorScheme: "light" }, (page) =>
      page.addStyleTag({ content: ".site-header, main, .site-footer { position: relative; top: 1px; left: -1px; }" }),
    );
    const comparison = await compareWithBaseline("post-de-1280", moved);
    expect(comparison.differing, "pixels that differ beyond a one-pixel shift").toBeLessThanOrEqual(
      comparison.tolerated,
    );
  });

  it("fails the post page whose comments section has lost its styles, the defect of issue 11", async (test) => {
    const { expect } = test;
    const unstyled = await capture(test, postPage, { width: 1280, colorScheme: "light" }, (page) =>
      page.evaluate(() => {
        for (const sheet of document.styleSheets) {
          const rules = [...sheet.cssRules];
          for (let index = rules.length - 1; index >= 0; index--) {
            if (/comment/.test(rules[index]?.cssText ?? "")) sheet.deleteRule(index);
          }
        }
      }),
    );
    const comparison = await compareWithBaseline("post-de-1280", unstyled);
    expect(comparison.differing, "pixels that differ beyond a one-pixel shift").toBeGreaterThan(
      comparison.tolerated * 10,
    );
  });
});
