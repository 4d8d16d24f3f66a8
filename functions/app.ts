import { Hono } from "hono";
import type { AppEnv } from "./env";
import { apiBodyLimit } from "./middleware/body-limit";
import { withDatabase } from "./middleware/database";
import { handleError, handleNotFound } from "./middleware/error-handlers";
import { sameOriginWrites } from "./middleware/same-origin";
import { apiSecurityHeaders } from "./middleware/security-headers";
import { adminComments } from "./routes/admin-comments";
import { adminLetter } from "./routes/admin-letter";
import { adminStats } from "./routes/admin-stats";
import { auth } from "./routes/auth";
import { commentsApi } from "./routes/comments";
import { event } from "./routes/event";
import { health } from "./routes/health";

export const app = new Hono<AppEnv>()
  .basePath("/api")
  .use(apiSecurityHeaders)
  .use(apiBodyLimit)
  .use(withDatabase)
  // Cross-site form posts to author endpoints are refused (Origin must be this site).
  .use("/auth/*", sameOriginWrites)
  .use("/admin/*", sameOriginWrites)
  .route("/health", health)
  .route("/event", event)
  .route("/comments", commentsApi)
  .route("/auth", auth)
  .route("/admin/comments", adminComments)
  .route("/admin/stats", adminStats)
  .route("/admin/letter", adminLetter);

app.notFound(handleNotFound);
app.onError(handleError);

export default app;
