/**
 * HTML's named entities that turn up in WordPress exports. XML itself knows only five, so a title
 * written outside CDATA with `&nbsp;` would otherwise stop the parse, and WordPress stores some
 * plain-text fields HTML-escaped (term, user and comment-author names pass `_wp_specialchars`).
 */

/** HTML 4's Latin-1 entities, in code point order from U+00A0 (nbsp) to U+00FF (yuml). */
const latin1Names =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 " +
  "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml " +
  "Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde " +
  "Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig " +
  "ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide " +
  "oslash ugrave uacute ucirc uuml yacute thorn yuml";

/** The typographic ones that WordPress's texturize and editors produce. */
const typographic: Record<string, number> = {
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  bull: 0x2022,
  hellip: 0x2026,
  prime: 0x2032,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  rarr: 0x2192,
  minus: 0x2212,
};

export const htmlEntities: Readonly<Record<string, string>> = Object.fromEntries([
  ...latin1Names.split(" ").map((name, index) => [name, String.fromCodePoint(0xa0 + index)]),
  ...Object.entries(typographic).map(([name, codePoint]) => [name, String.fromCodePoint(codePoint)]),
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

const entityPattern = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,8});/g;

/** Decodes HTML entities in a plain-text value; an entity it does not know stays as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(entityPattern, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const codePoint =
        entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return Object.hasOwn(htmlEntities, entity) ? (htmlEntities[entity] ?? whole) : whole;
  });
}
