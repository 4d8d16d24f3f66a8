import { z } from "zod";

/** Run-time settings from wrangler.jsonc `vars` (or the dashboard), checked once per use. */
const analyticsVars = z.object({
  RAW_RETENTION_DAYS: z.coerce.number().int().min(2).max(3650).default(30),
});

export interface RetentionConfig {
  retentionDays: number;
}

export function readRetentionConfig(env: Record<string, unknown>): RetentionConfig {
  const vars = analyticsVars.parse({ RAW_RETENTION_DAYS: env["RAW_RETENTION_DAYS"] });
  return { retentionDays: vars.RAW_RETENTION_DAYS };
}
