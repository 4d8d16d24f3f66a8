import { pageQuery } from "../../../../functions/queries/paging";

/** Rows a dashboard table shows per page. */
export const dashboardPageRows = 100;

/** The page a query parameter asks for (`?page=2`); the first for a missing or bad one. */
export function readPageParam(params: URLSearchParams, name = "page"): number {
  const parsed = pageQuery.shape.page.safeParse(params.get(name) ?? undefined);
  return parsed.success ? parsed.data : 1;
}

/** The current URL with page `page` of the table named by `name`, at `anchor`. */
export function pageHref(url: URL, name: string, page: number, anchor: string): string {
  const params = new URLSearchParams(url.searchParams);
  if (page === 1) params.delete(name);
  else params.set(name, String(page));
  const search = params.toString();
  return `${url.pathname}${search ? `?${search}` : ""}#${anchor}`;
}
