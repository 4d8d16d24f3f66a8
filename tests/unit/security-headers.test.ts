import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  securityHeaders,
  staticHeadersFile,
  strictTransportSecurity,
} from "../../shared/security-headers";

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("security headers", () => {
  it("let only the site's own script files run: no inline script, no eval", () => {
    const scripts = directives(contentSecurityPolicy).get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((source) => source.startsWith("http"))).toEqual(["https://challenges.cloudflare.com"]);
  });

  it("forbid framing, plugins and foreign form targets", () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("go to every static file, with HSTS for the site's HTTPS host only", () => {
    const file = staticHeadersFile(new URL("https://blog.example.org/"));
    const [all = "", secure = ""] = file.split(/^(?=https:)/m);
    expect(all.split("\n")[0]).toBe("/*");
    for (const [name, value] of Object.entries(securityHeaders)) expect(all).toContain(`  ${name}: ${value}\n`);
    expect(all).not.toContain("Strict-Transport-Security");
    expect(secure).toBe(
      "https://blog.example.org/*\n  Strict-Transport-Security: max-age=31536000; includeSubDomains\n",
    );
  });

  it("never send HSTS for a site on localhost", () => {
    expect(staticHeadersFile(new URL("http://localhost:4321/"))).not.toContain("Strict-Transport-Security");
  });

  it.each([
    { url: "https://resonanz.example/dashboard/", expected: "max-age=31536000; includeSubDomains" },
    { url: "http://resonanz.example/", expected: undefined },
    { url: "https://localhost:4321/", expected: undefined },
    { url: "https://blog.localhost/", expected: undefined },
    { url: "http://127.0.0.1:8788/", expected: undefined },
  ])("HSTS for $url", ({ url, expected }) => {
    expect(strictTransportSecurity(new URL(url))).toBe(expected);
  });
});
