/**
 * The services whose embeds the importer writes as links, recognized from any of the addresses
 * WordPress posts hold for them (watch pages, short links, player and embed URLs), each with the
 * canonical address a reader opens.
 */
export type EmbedTarget =
  | { service: "youtube" | "vimeo" | "linkedin"; url: string }
  | { service: "x"; url: string; user: string | undefined }
  | { service: "other"; url: string; host: string };

export function recognizeEmbed(address: string): EmbedTarget {
  const trimmed = address.trim();
  // Embed codes often leave out the scheme: <iframe src="//www.youtube.com/embed/…">.
  const url = parseUrl(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
  if (url === undefined) return { service: "other", url: trimmed, host: "" };
  const host = url.hostname.replace(/^(?:www|m|mobile|player)\./, "");
  return (
    youtube(url, host) ??
    vimeo(url, host) ??
    x(url, host) ??
    linkedin(url, host) ?? { service: "other", url: url.href, host }
  );
}

function youtube(url: URL, host: string): EmbedTarget | undefined {
  if (!["youtube.com", "youtube-nocookie.com", "youtu.be"].includes(host)) return undefined;
  const path = url.pathname.split("/").filter((segment) => segment !== "");
  const id =
    host === "youtu.be"
      ? path[0]
      : (url.searchParams.get("v") ?? (/^(?:embed|v|shorts|live)$/.test(path[0] ?? "") ? path[1] : undefined));
  const list = url.searchParams.get("list");
  if (id === undefined || id === "videoseries" || !/^[\w-]+$/.test(id)) {
    return list === null ? undefined : { service: "youtube", url: `https://www.youtube.com/playlist?list=${list}` };
  }
  const start = url.searchParams.get("t") ?? url.searchParams.get("start");
  const time = start !== null && /^\w+$/.test(start) ? `&t=${start}` : "";
  return { service: "youtube", url: `https://www.youtube.com/watch?v=${id}${time}` };
}

/** vimeo.com/ID, vimeo.com/channels/…/ID, player.vimeo.com/video/ID; an unlisted video keeps its hash. */
function vimeo(url: URL, host: string): EmbedTarget | undefined {
  if (host !== "vimeo.com") return undefined;
  const path = url.pathname.split("/").filter((segment) => segment !== "");
  const idIndex = path.findIndex((segment) => /^\d+$/.test(segment));
  if (idIndex === -1) return undefined;
  const hash = url.searchParams.get("h") ?? path[idIndex + 1];
  const suffix = hash !== undefined && /^[0-9a-f]+$/.test(hash) ? `/${hash}` : "";
  return { service: "vimeo", url: `https://vimeo.com/${path[idIndex]}${suffix}` };
}

/** twitter.com/user/status/ID and x.com alike; the widget's embed page carries only the id. */
function x(url: URL, host: string): EmbedTarget | undefined {
  if (host === "platform.twitter.com") {
    const id = url.searchParams.get("id");
    return id === null ? undefined : { service: "x", url: `https://x.com/i/status/${id}`, user: undefined };
  }
  if (host !== "twitter.com" && host !== "x.com") return undefined;
  const match = /^\/(\w+)\/status(?:es)?\/(\d+)/.exec(url.pathname);
  if (match === null) return undefined;
  const [, user = "i", id] = match;
  return { service: "x", url: `https://x.com/${user}/status/${id}`, user: user === "i" ? undefined : user };
}

/** The embed iframe's /embed/feed/update/URN shows the post at /feed/update/URN/. */
function linkedin(url: URL, host: string): EmbedTarget | undefined {
  if (host !== "linkedin.com") return undefined;
  const update = /^\/(?:embed\/)?feed\/update\/([^/]+)/.exec(url.pathname);
  if (update !== null) return { service: "linkedin", url: `https://www.linkedin.com/feed/update/${update[1]}/` };
  return /^\/posts\//.test(url.pathname) ? { service: "linkedin", url: `${url.origin}${url.pathname}` } : undefined;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
