import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// The same SQL files that `wrangler d1 migrations apply` runs in dev, preview and deploy.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
