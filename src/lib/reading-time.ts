/** Words per minute for non-fiction on screen (Brysbaert 2019: ~238 in English, ~260 in German silent reading). */
const wordsPerMinute = 230;

/** Counts the words a reader reads, ignoring code blocks, HTML/MDX tags and Markdown syntax. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, " ")
    .replace(/^(import|export)\s[\s\S]*?(;|\bfrom\s+["'][^"']*["'])\s*$/gm, " ")
    .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/gm, " ")
    .replace(/<\/?[A-Za-z][^<>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(^|\s)[#>*_`~|-]+(?=\s|$)/g, " ")
    .replace(/[*_`~|]+/g, "");
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}
