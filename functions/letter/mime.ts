import { createMimeMessage } from "mimetext/browser";

export interface LetterMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Sets the Message-ID header, so that the send can be recorded under it. */
  messageId: string;
  date: Date;
}

/**
 * The letter as a MIME message (RFC 5322) with a plain-text and an HTML part, built by mimetext
 * rather than by hand: headers with non-ASCII words need RFC 2047 encoding, which it does. Its
 * browser build is used because the default one imports Node's `os`. Both parts are base64, so
 * that umlauts and long lines travel unchanged.
 */
export function buildLetterMessage(message: LetterMessage): string {
  const mime = createMimeMessage();
  mime.setSender({ name: "Resonanz", addr: message.from });
  mime.setRecipient(message.to);
  mime.setSubject(message.subject);
  mime.setHeader("Message-ID", message.messageId);
  mime.setHeader("Date", message.date.toUTCString().replace("GMT", "+0000"));
  mime.addMessage({ contentType: "text/plain", data: base64Lines(message.text), encoding: "base64" });
  mime.addMessage({ contentType: "text/html", data: base64Lines(message.html), encoding: "base64" });
  return mime.asRaw();
}

/** UTF-8 text as base64 in lines of 76 characters (RFC 2045, section 6.8); mimetext expects it encoded. */
function base64Lines(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
}

/** A Message-ID on the sender's domain (RFC 5322, section 3.6.4). */
export function newMessageId(from: string): string {
  const domain = from.slice(from.lastIndexOf("@") + 1);
  return `<${crypto.randomUUID()}@${domain}>`;
}
