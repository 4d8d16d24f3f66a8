/**
 * The author's secrets of the shared e2e preview server (tests/e2e/global-setup.ts). They
 * exist only for that throwaway server on 127.0.0.1 and reach it as `wrangler dev --var`,
 * which wins over a developer's own .dev.vars, so the tests sign in the same way everywhere.
 */
export const testSecrets = {
  AUTHOR_PASSWORD: "e2e-author-password-0123",
  AUTHOR_API_TOKEN: "e2e-author-api-token-0123456789abcdef",
} as const;
