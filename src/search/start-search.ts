/**
 * Starts Pagefind's search UI (the first-party bundle `astro build` writes to /pagefind/,
 * loaded by a classic script before this module runs) and runs a query from `?q=`.
 */
interface PagefindUi {
  triggerSearch(query: string): void;
}
type PagefindUiConstructor = new (options: Record<string, unknown>) => PagefindUi;

function isConstructor(value: unknown): value is PagefindUiConstructor {
  return typeof value === "function";
}

const PagefindUI: unknown = Reflect.get(window, "PagefindUI");
/**
 * Pagefind's input is named only by its placeholder, which disappears as one types; a
 * visible label above it names it for everyone (WCAG 2.2, 3.3.2).
 */
function labelSearchInput(container: HTMLElement): void {
  const input = container.querySelector("input");
  if (!input || !container.dataset["label"]) return;
  input.id = "search-input";
  const label = document.createElement("label");
  label.htmlFor = input.id;
  label.className = "search-label";
  label.textContent = container.dataset["label"];
  container.insertBefore(label, container.firstChild);
}

const container = document.querySelector<HTMLElement>("#search-ui");
if (isConstructor(PagefindUI) && container) {
  const ui = new PagefindUI({ element: "#search-ui", showSubResults: true, showImages: false, resetStyles: false });
  labelSearchInput(container);
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
}
