import { getCollection } from "astro:content";
import { pagePath } from "../../shared/urls";

export interface PageLink {
  href: string;
  title: string;
}

/**
 * The standalone pages besides the about page, for the footer: an imprint or a privacy page
 * that a WordPress blog linked from its menu must stay reachable from every page.
 */
export async function listFooterPages(): Promise<PageLink[]> {
  const pages = await getCollection("pages", (page) => !page.data.draft && page.id !== "about");
  return pages
    .map((page) => ({ href: pagePath(page.id), title: page.data.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
