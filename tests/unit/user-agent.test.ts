import { describe, expect, it } from "vitest";
import { describeClient } from "../../functions/analytics/user-agent";

// User-Agent strings as the crawlers, link previewers, scripts and monitors send them.
const botUserAgents = [
  {
    name: "Googlebot",
    userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  },
  {
    name: "Googlebot smartphone",
    userAgent:
      "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.108 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  },
  {
    name: "Bingbot",
    userAgent: "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
  },
  {
    name: "DuckDuckBot",
    userAgent: "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
  },
  {
    name: "YandexBot",
    userAgent: "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
  },
  {
    name: "Baiduspider",
    userAgent: "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
  },
  {
    name: "Applebot",
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
  },
  {
    name: "facebookexternalhit",
    userAgent: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  },
  {
    name: "LinkedInBot",
    userAgent: "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
  },
  { name: "Twitterbot", userAgent: "Twitterbot/1.0" },
  {
    name: "Slackbot",
    userAgent: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  },
  {
    name: "Discordbot",
    userAgent: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
  },
  { name: "WhatsApp link preview", userAgent: "WhatsApp/2.23.20.0 A" },
  { name: "TelegramBot", userAgent: "TelegramBot (like TwitterBot)" },
  {
    name: "GPTBot",
    userAgent: "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
  },
  {
    name: "ClaudeBot",
    userAgent:
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
  },
  { name: "CCBot", userAgent: "CCBot/2.0 (https://commoncrawl.org/faq/)" },
  {
    name: "AhrefsBot",
    userAgent: "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
  },
  {
    name: "SemrushBot",
    userAgent: "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
  },
  { name: "curl", userAgent: "curl/8.5.0" },
  { name: "Wget", userAgent: "Wget/1.21.4" },
  { name: "python-requests", userAgent: "python-requests/2.32.3" },
  {
    name: "HeadlessChrome",
    userAgent:
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36",
  },
  {
    name: "UptimeRobot",
    userAgent: "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
  },
  {
    name: "Pingdom",
    userAgent: "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
  },
  { name: "empty", userAgent: "" },
  { name: "blank", userAgent: "   " },
];

const browserUserAgents = [
  {
    name: "Chrome on Windows",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    device: "desktop",
    browser: "Chrome",
  },
  {
    name: "Safari on macOS",
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    device: "desktop",
    browser: "Safari",
  },
  {
    name: "Safari on iPhone",
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    device: "mobile",
    browser: "Safari",
  },
  {
    name: "Safari on iPad",
    userAgent:
      "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1",
    device: "tablet",
    browser: "Safari",
  },
  {
    name: "Firefox on Linux",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    device: "desktop",
    browser: "Firefox",
  },
  {
    name: "Edge on Windows",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    device: "desktop",
    browser: "Microsoft Edge",
  },
  {
    name: "Samsung Internet on Android",
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    device: "mobile",
    browser: "Samsung Internet",
  },
  {
    name: "Chrome on an Android tablet",
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    device: "tablet",
    browser: "Chrome",
  },
  {
    name: "Chrome on an Android phone",
    userAgent:
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    device: "mobile",
    browser: "Chrome",
  },
  {
    name: "Firefox on Android",
    userAgent: "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
    device: "mobile",
    browser: "Firefox",
  },
  {
    name: "Opera on Windows",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0",
    device: "desktop",
    browser: "Opera",
  },
  {
    name: "Vivaldi on Windows, a browser Resonanz does not name",
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Vivaldi/7.0.3495.18",
    device: "desktop",
    browser: "Other",
  },
];

describe("describeClient", () => {
  it.each(botUserAgents)("filters $name as a bot", ({ userAgent }) => {
    expect(describeClient(userAgent).isBot).toBe(true);
  });

  it.each(browserUserAgents)("counts $name as a $device $browser reader", ({ userAgent, device, browser }) => {
    expect(describeClient(userAgent)).toStrictEqual({ isBot: false, device, browser });
  });
});
