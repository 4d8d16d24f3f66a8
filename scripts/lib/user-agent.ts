/**
 * What a reader's desktop Chrome sends. The collector drops HeadlessChrome (isbot), so
 * whatever must be counted as a reader (e2e tests, the bench) sends this instead.
 */
export const readerUserAgent =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
