import { describe, it } from "vitest";
import { lookBrowsersForFile } from "./support/look-browsers";
import { lookPages } from "./support/look-pages";
import { measureLayout } from "./support/measure-layout";

const look = lookBrowsersForFile("disabled");

// The tests run at once, each in a tab of its own and with its own `expect`: the pages only read the look site.
describe.concurrent.each([360, 1280])("at %i px", (width) => {
  it.for(lookPages.map((lookPage) => [lookPage.name, lookPage] as const))(
    "%s keeps its layout",
    async ([_name, lookPage], test) => {
      const { expect } = test;
      const page = await look.open(lookPage, { colorScheme: "light", width }, test);
      const layout = await page.evaluate(measureLayout, { touch: width < 600, mustShow: ["h1", ...lookPage.mustShow] });
      expect(layout.overflowPx, "the page scrolls sideways").toBe(0);
      expect(layout.smallTargets, "controls smaller than 44 × 44 px").toStrictEqual([]);
      expect(layout.strayLabels, "labels neither above nor beside their control").toStrictEqual([]);
      expect(layout.hiddenButNeeded, "hidden although a reader needs it").toStrictEqual([]);
      expect(layout.visibleHoneypots, "a visible honeypot").toStrictEqual([]);
      expect(layout.shown).toStrictEqual(
        Object.fromEntries(["h1", ...lookPage.mustShow].map((selector) => [selector, true])),
      );
    },
  );
});
