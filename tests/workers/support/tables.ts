import { env } from "cloudflare:workers";

/** Every table the migrations made, the same selection apply-migrations.ts empties before each test. */
export async function listTables(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  return results.map(({ name }) => name);
}

export async function countRows(table: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS count FROM "${table}"`).first<{ count: number }>();
  return row?.count ?? 0;
}

const eventTables = ["pageviews", "goal_events", "outbound_clicks", "daily_bot_hits", "daily_salts"];

/**
 * Row counts of the tables an event can write to, in one query rather than one per table:
 * the property tests count before and after each of thousands of generated requests.
 */
export async function countEventRows(): Promise<Record<string, number>> {
  const counts = eventTables.map((table) => `(SELECT count(*) FROM "${table}") AS "${table}"`).join(", ");
  const row = await env.DB.prepare(`SELECT ${counts}`).first<Record<string, number>>();
  return Object.fromEntries(eventTables.map((table) => [table, row?.[table] ?? 0]));
}

/** Every cell of every table as text, for scanning what the database holds. */
export async function readAllCells(): Promise<{ table: string; column: string; value: string }[]> {
  const cells: { table: string; column: string; value: string }[] = [];
  for (const table of await listTables()) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${table}"`).all<Record<string, unknown>>();
    for (const row of results) {
      for (const [column, value] of Object.entries(row)) cells.push({ table, column, value: String(value) });
    }
  }
  return cells;
}
