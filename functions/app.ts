import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./env";
import { handleError, handleNotFound } from "./errors";
import { withDatabase } from "./middleware/database";
import { adminComments } from "./routes/admin-comments";
import { commentsApi } from "./routes/comments";
import { event } from "./routes/event";
import { health } from "./routes/health";
import { share } from "./routes/share";

export const app = new Hono<AppEnv>()
  .basePath("/api")
  .use(secureHeaders())
  .use(withDatabase)
  .route("/health", health)
  .route("/event", event)
  .route("/comments", commentsApi)
  .route("/admin/comments", adminComments)
  .route("/share", share);

app.notFound(handleNotFound);
app.onError(handleError);

export type ApiRoutes = typeof app;
export default app;
