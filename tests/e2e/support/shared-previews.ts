import { inject } from "vitest";
import { z } from "zod";

const sharedPreviews = z.object({
  /** The private deletion link of a pending comment on the look site, which shows the confirmation page. */
  lookDeletePath: z.string(),
});

export type SharedPreviews = z.infer<typeof sharedPreviews>;

let answer: Promise<SharedPreviews> | undefined;

/**
 * Waits until the global setup's two previews (`baseUrl` and `lookUrl`) answer and the look
 * site is seeded, and returns what the seeding made; fails with the reason if they did not start.
 */
export function sharedPreviewsReady(): Promise<SharedPreviews> {
  answer ??= fetch(inject("sharedPreviewsUrl")).then(async (response) => {
    if (!response.ok) throw new Error(`The shared previews did not start:\n${await response.text()}`);
    return sharedPreviews.parse(await response.json());
  });
  return answer;
}
