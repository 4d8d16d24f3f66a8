/** The reader's private deletion page, answered with every stored comment and opened without JavaScript. */
const deletePagePath = "/comments/delete/";

export function buildDeleteLink(id: number, token: string): string {
  return `${deletePagePath}?id=${id}&token=${token}`;
}

/** Whether a path taken from a query string is a deletion link, so that a page never links elsewhere. */
export function isDeleteLink(path: string): boolean {
  return path.startsWith(deletePagePath);
}
