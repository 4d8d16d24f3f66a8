/**
 * Debian's chromium as every test and benchmark starts it. Without the background
 * flags, chromium reaches for Google's services, which this network refuses.
 */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
