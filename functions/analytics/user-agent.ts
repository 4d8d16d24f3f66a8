import Bowser from "bowser";
import { isbot } from "isbot";

export type DeviceClass = "mobile" | "tablet" | "desktop";

export interface ClientTraits {
  isBot: boolean;
  device: DeviceClass;
  browser: string;
}

const knownBrowsers = new Set([
  "Chrome",
  "Firefox",
  "Safari",
  "Microsoft Edge",
  "Opera",
  "Samsung Internet for Android",
]);

/**
 * What Resonanz keeps of a User-Agent: bot or not, device class and browser family.
 * The string itself is dropped right after this call.
 */
export function describeClient(userAgent: string): ClientTraits {
  if (userAgent.trim() === "" || isbot(userAgent)) return { isBot: true, device: "desktop", browser: "Other" };
  const parsed = Bowser.parse(userAgent);
  const type = parsed.platform.type;
  const device: DeviceClass = type === "mobile" || type === "tablet" ? type : "desktop";
  const name = parsed.browser.name ?? "Other";
  const browser =
    name === "Samsung Internet for Android" ? "Samsung Internet" : knownBrowsers.has(name) ? name : "Other";
  return { isBot: false, device, browser };
}
