import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRetentionConfig } from "../../functions/config";

/** wrangler.jsonc without its whole-line comments, which is all the JSONC it uses. */
function readWranglerConfig(): unknown {
  return JSON.parse(readFileSync("wrangler.jsonc", "utf8").replace(/^\s*\/\/.*$/gm, ""));
}

function listSourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Each use of a browser store (web storage, IndexedDB, Cache API, cookies) in the site's code. */
function findStorageAccess(): string[] {
  const store = /\b(?:localStorage|sessionStorage|indexedDB|caches|cookieStore)\.\w+\([^)]*\)|\bdocument\.cookie\b/g;
  return listSourceFiles("src").flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(store)].map((match) => `${file}: ${match[0]}`),
  );
}

describe("the schedule", () => {
  it("runs the Cron Trigger every five minutes", () => {
    expect(readWranglerConfig()).toMatchObject({ triggers: { crons: ["*/5 * * * *"] } });
  });

  it("keeps raw events 30 days unless RAW_RETENTION_DAYS says otherwise", () => {
    expect(readRetentionConfig({}).retentionDays).toBe(30);
    expect(readWranglerConfig()).toMatchObject({ vars: { RAW_RETENTION_DAYS: "30" } });
    expect(readRetentionConfig({ RAW_RETENTION_DAYS: "7" }).retentionDays).toBe(7);
  });
});

describe("the site's code in the reader's browser", () => {
  it("uses no browser storage and reads no cookie", () => {
    expect(findStorageAccess()).toStrictEqual([]);
  });

  it("lets the tracker read only the privacy signals and the automation flag from navigator", () => {
    const tracker = readFileSync("src/tracker/tracker.ts", "utf8");
    const asked = [...tracker.matchAll(/\bnavigator\.(\w+)/g)].map((match) => match[1]);
    expect(asked).toStrictEqual(["doNotTrack", "globalPrivacyControl", "webdriver"]);
  });
});
