import { parse } from "node-html-parser";
import { collapseWhitespace } from "./html-text.ts";

/** A post title as text: WordPress allows tags (`<em>`) and entities (`&#8211;`) in titles. */
export function plainTitle(title: string): string {
  return collapseWhitespace(parse(title, { comment: false }).text);
}
