import { defineConfig } from "drizzle-kit";

// Only generates SQL; wrangler applies it (`wrangler d1 migrations apply`).
export default defineConfig({
  dialect: "sqlite",
  schema: "./functions/db/schema.ts",
  out: "./migrations",
});
