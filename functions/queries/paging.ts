import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";

/** Rows an export sends per page unless it asks for fewer (`limit`), and the most it may ask for. */
export const defaultExportRows = 1000;
export const maxExportRows = 5000;

/** `?page=1&limit=1000`: which page of a table, and how many rows a page has. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(maxExportRows).default(defaultExportRows),
});

export interface Paging {
  /** 1 for the first page. */
  page: number;
  limit: number;
}

/** One page of a table, and the number of the next one when there are more rows. */
export interface Page<T> {
  rows: T[];
  nextPage: number | null;
}

/**
 * The SQL that ends a paged query: one row more than the page holds, so that `toPage` can
 * tell whether another page follows without counting the whole table.
 */
export function pageSql(paging: Paging): SQL {
  return sql`LIMIT ${paging.limit + 1} OFFSET ${(paging.page - 1) * paging.limit}`;
}

export function toPage<T>(rows: T[], paging: Paging): Page<T> {
  const more = rows.length > paging.limit;
  return { rows: more ? rows.slice(0, paging.limit) : rows, nextPage: more ? paging.page + 1 : null };
}

/** A page of rows that a query computed whole (a ranking, a report of bounded size). */
export function pageOfRows<T>(rows: readonly T[], paging: Paging): Page<T> {
  const start = (paging.page - 1) * paging.limit;
  return toPage(rows.slice(start, start + paging.limit + 1), paging);
}
