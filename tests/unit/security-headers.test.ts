import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders, strictTransportSecurity } from "../../src/lib/security-headers";

/** The headers of the `/*` rule in public/_headers, which Cloudflare applies to static files. */
function staticHeaders(): Record<string, string> {
  const text = readFileSync("public/_headers", "utf8");
  const rule = text.split(/^\/\*\s*$/m)[1] ?? "";
  const headers: Record<string, string> = {};
  for (const line of rule.split("\n")) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}

describe("security headers", () => {
  it("are the same for static files and on-demand pages", () => {
    expect(staticHeaders()).toEqual(securityHeaders);
  });

  it.each([
    { url: "https://resonanz.example/dashboard/", expected: "max-age=31536000; includeSubDomains" },
    { url: "http://resonanz.example/", expected: undefined },
    { url: "https://localhost:4321/", expected: undefined },
    { url: "http://127.0.0.1:8788/", expected: undefined },
  ])("HSTS for $url", ({ url, expected }) => {
    expect(strictTransportSecurity(new URL(url))).toBe(expected);
  });
});
