/**
 * Measures, inside a page, what a reader would see go wrong with its layout. It runs in the
 * page without timers or imports (pages without JavaScript run no timers), so it is one
 * self-contained function.
 */
export interface LayoutFindings {
  /** How far the page is wider than the window; tables must scroll inside their own box. */
  overflowPx: number;
  /** Form controls and buttons under 44 × 44 CSS px, on touch widths only. */
  smallTargets: string[];
  /** Visible labels that sit neither above nor beside their own control. */
  strayLabels: string[];
  /** Controls with a visible label that are hidden, and labels of visible controls that are hidden. */
  hiddenButNeeded: string[];
  /** Honeypot fields (or their labels) that anyone can see. */
  visibleHoneypots: string[];
  /** Whether each selector of `mustShow` matches a visible element. */
  shown: Record<string, boolean>;
}

export function measureLayout({ touch, mustShow = [] }: { touch: boolean; mustShow?: string[] }): LayoutFindings {
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : "";
    const name = element.getAttribute("name");
    const text = (element.textContent ?? "").trim().slice(0, 30);
    return `${element.tagName.toLowerCase()}${id}${name ? `[name=${name}]` : ""}${text ? ` "${text}"` : ""}`;
  };
  const visible = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  // A label that only assistive technology reads (the visually-hidden pattern) has no place on screen.
  const onScreen = (element: Element) => {
    const box = element.getBoundingClientRect();
    return visible(element) && box.width > 1 && box.height > 1;
  };
  const root = document.documentElement;
  const controls = [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button")];
  const smallTargets = touch
    ? controls
        .filter((control) => visible(control) && !control.closest("[hidden]"))
        .filter((control) => {
          const box = control.getBoundingClientRect();
          return box.width < 44 || box.height < 44;
        })
        .map((control) => {
          const box = control.getBoundingClientRect();
          return `${describe(control)} is ${Math.round(box.width)} × ${Math.round(box.height)}`;
        })
    : [];
  const strayLabels: string[] = [];
  const hiddenButNeeded: string[] = [];
  for (const label of document.querySelectorAll("label")) {
    const control = label.control;
    if (!control || control.closest(".comment-trap")) continue;
    if (onScreen(label) && !visible(control))
      hiddenButNeeded.push(`${describe(control)}, labelled "${label.textContent?.trim()}"`);
    if (visible(control) && !visible(label)) hiddenButNeeded.push(`the label of ${describe(control)}`);
    if (!onScreen(label) || !visible(control) || label.contains(control)) continue;
    const l = label.getBoundingClientRect();
    const c = control.getBoundingClientRect();
    const overlapsAcross = l.left < c.right && c.left < l.right;
    const overlapsDown = l.top < c.bottom && c.top < l.bottom;
    const above = l.bottom <= c.top + 4 && overlapsAcross;
    const beside = overlapsDown && (l.right <= c.left + 4 || l.left >= c.right - 4);
    if (!above && !beside) strayLabels.push(`${describe(label)} for ${describe(control)}`);
  }
  const visibleHoneypots = [...document.querySelectorAll(".comment-trap, .comment-trap *, [name=trap], [name=email]")]
    .filter((element) => element.getAttribute("type") !== "hidden" && visible(element))
    .map(describe);
  const shown = Object.fromEntries(
    mustShow.map((selector) => [selector, [...document.querySelectorAll(selector)].some(visible)]),
  );
  return {
    overflowPx: Math.max(0, root.scrollWidth - root.clientWidth),
    smallTargets,
    strayLabels,
    hiddenButNeeded,
    visibleHoneypots,
    shown,
  };
}
