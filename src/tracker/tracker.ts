/**
 * Resonanz's tracker: pageviews, engagement, outbound clicks and goals, with no
 * cookie and no web storage. Budget: 1,000 bytes gzip (npm run bench).
 * The wire format is functions/schemas/event.ts.
 */
import type { TrackerEvent } from "../../functions/schemas/event";

declare global {
  interface Window {
    /** Set before this script runs to count visits on localhost (tests, checking a setup). */
    resonanzTrackLocalhost?: boolean;
  }
  interface Navigator {
    globalPrivacyControl?: boolean;
  }
}

const idleAfterMs = 30_000;

/** The author's trackerConfig (site.config.ts), as BaseLayout writes it into the page; unset, the stricter choice. */
function isOptedOut(): boolean {
  const settings = document.querySelector<HTMLMetaElement>('meta[name="resonanz-tracker"]')?.dataset;
  const dnt = navigator.doNotTrack === "1" || navigator.globalPrivacyControl;
  const local = /^(localhost|127\.0\.0\.1|\[::1\])$|\.localhost$/.test(location.hostname);
  return (
    (settings?.["respectDoNotTrack"] !== "false" && dnt) ||
    (local && settings?.["trackLocalhost"] !== "true" && !window.resonanzTrackLocalhost)
  );
}

function send(event: TrackerEvent): void {
  // Readers have no cookie to send; the author's opt-out cookie goes along (functions/analytics/opt-out.ts).
  fetch("/api/event", { method: "POST", body: JSON.stringify(event), keepalive: true }).catch(() => {});
}

function startTracker(): void {
  let pageId = "";
  let url = "";
  let engagedMs = 0;
  let scrollDepth = 0;
  let reported = "";
  let lastTick = Date.now();
  let lastInteraction = lastTick;

  const tick = () => {
    const now = Date.now();
    if (!document.hidden && now - lastInteraction < idleAfterMs) engagedMs += now - lastTick;
    lastTick = now;
  };
  // Depth on the article (the post, not its comments or footer); the whole page where there is none.
  const measureScroll = () => {
    const box = (document.querySelector("article") ?? document.documentElement).getBoundingClientRect();
    const depth = Math.min(100, Math.round(((innerHeight - box.top) / box.height) * 100));
    if (depth > scrollDepth) scrollDepth = depth;
  };
  const flush = () => {
    tick();
    const state = `${pageId}${engagedMs}/${scrollDepth}`;
    if (state === reported) return;
    reported = state;
    send({ type: "engagement", url, pageId, engagedMs, scrollDepth });
  };
  const pageview = (referrer: string) => {
    // An in-page anchor (#main, a footnote) is the same page, not a new pageview.
    const here = location.href.replace(/#.*/, "");
    if (here === url) return;
    if (url) flush();
    url = here;
    pageId = crypto.randomUUID();
    engagedMs = scrollDepth = 0;
    lastTick = lastInteraction = Date.now();
    measureScroll();
    // The comment form sends it along, so a comment is credited to this pageview's channel (docs/traction.md).
    document.documentElement.dataset["pageId"] = pageId;
    send({ type: "pageview", url, referrer, pageId, bot: navigator.webdriver });
  };

  for (const name of ["scroll", "pointerdown", "keydown", "pointermove"]) {
    addEventListener(
      name,
      () => {
        tick();
        lastInteraction = Date.now();
        if (name === "scroll") measureScroll();
      },
      { passive: true, capture: true },
    );
  }
  setInterval(tick, 5_000);
  addEventListener("visibilitychange", () => (document.hidden ? flush() : tick()));
  addEventListener("pagehide", flush);
  addEventListener(
    "click",
    (click) => {
      const target = click.target instanceof Element ? click.target : null;
      const goal = target?.closest<HTMLElement>("[data-goal]")?.dataset["goal"];
      if (goal) send({ type: "goal", url, pageId, name: goal });
      const link = target?.closest("a");
      if (link && /^https?:$/.test(link.protocol) && link.host !== location.host) {
        send({ type: "outbound", url, pageId, target: link.href });
      }
    },
    { capture: true },
  );
  // Client-side navigation (history API; Astro's ClientRouter goes through pushState too): one pageview per page.
  const { pushState } = history;
  history.pushState = function (...args) {
    const previous = url;
    pushState.apply(this, args);
    pageview(previous);
  };
  addEventListener("popstate", () => pageview(url));
  pageview(document.referrer);
}

if (!isOptedOut()) startTracker();
