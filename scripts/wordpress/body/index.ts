/** The body conversion of the WordPress importer: post content, comments, descriptions and titles. */
export { commentText } from "./comment-text.ts";
export { type ConvertedBody, convertBody } from "./convert-body.ts";
export { describe } from "./describe.ts";
export { plainTitle } from "./plain-title.ts";
