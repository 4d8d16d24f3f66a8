import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./env";
import { handleError, handleNotFound } from "./errors";
import { withDatabase } from "./middleware/database";
import { event } from "./routes/event";
import { health } from "./routes/health";
import { share } from "./routes/share";

export const app = new Hono<AppEnv>()
  .basePath("/api")
  .use(secureHeaders())
  .use(withDatabase)
  .route("/health", health)
  .route("/event", event)
  .route("/share", share);

app.notFound(handleNotFound);
app.onError(handleError);

export type ApiRoutes = typeof app;
export default app;
