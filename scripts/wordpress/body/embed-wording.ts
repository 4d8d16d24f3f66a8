import type { EmbedTarget } from "./embed-target.ts";

export type Language = "de" | "en";

/** The text of the link that stands for an embed, in the post's language. */
interface Wording {
  video: (service: string, title: string | undefined) => string;
  post: (service: string, user: string | undefined) => string;
  frame: (title: string | undefined, host: string) => string;
  audioFile: (name: string) => string;
  videoFile: (name: string) => string;
}

const wordings: Record<Language, Wording> = {
  de: {
    video: (service, title) => (title ? `▶ „${title}“ auf ${service} ansehen` : `▶ Video auf ${service} ansehen`),
    post: (service, user) => (user ? `Beitrag auf ${service} von @${user}` : `Beitrag auf ${service}`),
    frame: (title, host) => (title ? `Eingebetteter Inhalt: ${title}` : `Eingebetteter Inhalt von ${host}`),
    audioFile: (name) => `Audio anhören: ${name}`,
    videoFile: (name) => `▶ Video ansehen: ${name}`,
  },
  en: {
    video: (service, title) => (title ? `▶ Watch “${title}” on ${service}` : `▶ Watch the video on ${service}`),
    post: (service, user) => (user ? `Post on ${service} by @${user}` : `Post on ${service}`),
    frame: (title, host) => (title ? `Embedded content: ${title}` : `Embedded content from ${host}`),
    audioFile: (name) => `Listen to the audio: ${name}`,
    videoFile: (name) => `▶ Watch the video: ${name}`,
  },
};

/** Player titles that name the player, not the video, say nothing a link needs. */
function meaningfulTitle(title: string | undefined): string | undefined {
  const trimmed = title?.trim();
  if (!trimmed || /player|^(?:youtube|vimeo)(?: video)?$|^embedded (?:content|video)$/i.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * The link text for an embed. An embedded page of another site (an iframe) gets neutral words;
 * a bare URL of such a site is shown as itself, as WordPress links an URL it cannot embed.
 */
export function embedLinkText(
  target: EmbedTarget,
  language: Language,
  context: { title?: string | undefined; isFrame: boolean },
): string {
  const wording = wordings[language];
  const title = meaningfulTitle(context.title);
  switch (target.service) {
    case "youtube":
      return wording.video("YouTube", title);
    case "vimeo":
      return wording.video("Vimeo", title);
    case "x":
      return wording.post("X", target.user);
    case "linkedin":
      return wording.post("LinkedIn", undefined);
    case "other":
      return context.isFrame ? wording.frame(title, target.host || target.url) : target.url;
  }
}

/** The link text for an audio or video file: its file name. */
export function mediaLinkText(kind: "audio" | "video", fileUrl: string, language: Language): string {
  const name = decodePath(fileUrl.split(/[?#]/)[0]?.split("/").pop() ?? "") || fileUrl;
  return kind === "audio" ? wordings[language].audioFile(name) : wordings[language].videoFile(name);
}

function decodePath(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
