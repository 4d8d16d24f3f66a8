import type { APIRoute } from "astro";
import { getSocialCards } from "../../lib/social-cards";

/** The cards for src/integrations/social-cards.ts to render; it removes this file from the build. */
export const GET: APIRoute = async () => Response.json((await getSocialCards()).generated);
