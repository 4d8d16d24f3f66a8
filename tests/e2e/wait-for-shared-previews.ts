import { sharedPreviewsReady } from "./support/shared-previews";

// The global setup starts the shared previews without waiting for them; each e2e file waits
// here, before its first line runs, until they answer and the look site is seeded.
await sharedPreviewsReady();
