import { describe, expect, it } from "vitest";
import { areCommentsOpen, type CommentablePost } from "../../functions/comments/policy";

const openPost: CommentablePost = { pubDate: "2026-01-10", comments: "open" };
const closedPost: CommentablePost = { pubDate: "2026-01-10", comments: "closed" };

describe("areCommentsOpen", () => {
  it.each([
    {
      case: "an open post without a time limit",
      post: openPost,
      closeAfterDays: null,
      now: "2030-01-01T00:00:00Z",
      open: true,
    },
    { case: "a closed post", post: closedPost, closeAfterDays: null, now: "2026-01-10T12:00:00Z", open: false },
    {
      case: "a closed post inside the time limit",
      post: closedPost,
      closeAfterDays: 30,
      now: "2026-01-11T00:00:00Z",
      open: false,
    },
    { case: "on the day of publication", post: openPost, closeAfterDays: 30, now: "2026-01-10T00:00:00Z", open: true },
    {
      case: "a millisecond before the limit",
      post: openPost,
      closeAfterDays: 30,
      now: "2026-02-08T23:59:59.999Z",
      open: true,
    },
    { case: "at the limit", post: openPost, closeAfterDays: 30, now: "2026-02-09T00:00:00Z", open: false },
    { case: "long after the limit", post: openPost, closeAfterDays: 30, now: "2027-01-01T00:00:00Z", open: false },
    {
      case: "a one-day limit the next morning",
      post: openPost,
      closeAfterDays: 1,
      now: "2026-01-11T08:00:00Z",
      open: false,
    },
  ])("is $open for $case", ({ post, closeAfterDays, now, open }) => {
    expect(areCommentsOpen(post, new Date(now), { closeAfterDays })).toBe(open);
  });
});
