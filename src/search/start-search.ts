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
if (isConstructor(PagefindUI)) {
  const ui = new PagefindUI({ element: "#search-ui", showSubResults: true, showImages: false, resetStyles: false });
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
}
