/**
 * The scalar values of a WXR export: integers, MySQL datetimes and comment approvals, each checked
 * so that a damaged export fails at the element that holds the bad value.
 */

import { z } from "zod";
import type { WxrCommentApproval } from "./wxr.ts";

/** The text of one element, and a way to report a bad value at the element's start tag. */
export interface WxrText {
  /** The element's name as written, e.g. "wp:post_id". */
  name: string;
  /** Its text and CDATA, entities decoded, untrimmed. */
  text: string;
  fail(reason: string): Error;
}

export function readInteger(field: WxrText): number {
  const text = field.text.trim();
  if (!/^[0-9]{1,15}$/.test(text)) return throwing(field.fail(`<${field.name}> is not an integer: ${quote(text)}`));
  return Number(text);
}

/** WordPress's "no date yet": drafts and pending posts have it as their GMT date. */
const zeroDate = "0000-00-00 00:00:00";
const mysqlDatetime = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$/;

/**
 * A MySQL datetime ("2019-03-15 10:20:00") read as UTC, as ISO 8601; "" for WordPress's zero date
 * or an empty element, so that the caller can fall back to the local date.
 */
export function readDate(field: WxrText): string {
  const text = field.text.trim();
  if (text === "" || text === zeroDate) return "";
  const parts = mysqlDatetime.exec(text)?.slice(1).map(Number);
  const [year, month, day, hour, minute, second] = parts ?? [];
  if (year === undefined || month === undefined || day === undefined) {
    return throwing(field.fail(`<${field.name}> is not a date like "2019-03-15 10:20:00": ${quote(text)}`));
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls "2019-02-30" over into March; a date that does not come back unchanged is wrong.
  if (date.toISOString().slice(0, 19) !== text.replace(" ", "T")) {
    return throwing(field.fail(`<${field.name}> is not a valid date: ${quote(text)}`));
  }
  return date.toISOString();
}

const approvalSchema = z.enum(["1", "0", "spam", "trash", "post-trashed"]);

export function readApproval(field: WxrText): WxrCommentApproval {
  const parsed = approvalSchema.safeParse(field.text.trim());
  if (!parsed.success) return throwing(field.fail(`<${field.name}> is not a comment status: ${quote(field.text)}`));
  return parsed.data;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function throwing(error: Error): never {
  throw error;
}
