/**
 * Brings the comments and the form (rendered per request) into the static post page.
 * Until they arrive, or if they cannot, the placeholder's link to the comments page stays.
 * A fragment made by createContextualFragment runs its scripts once inserted, so the
 * optional Turnstile widget loads too.
 */
async function loadSection(placeholder: HTMLElement): Promise<void> {
  const source = placeholder.dataset["commentsSection"];
  if (!source) return;
  const response = await fetch(source, { credentials: "omit" }).catch(() => null);
  if (!response?.ok) return;
  const html = await response.text();
  placeholder.replaceChildren(document.createRange().createContextualFragment(html));
  placeholder.removeAttribute("aria-busy");
}

for (const placeholder of document.querySelectorAll<HTMLElement>("[data-comments-section]")) {
  void loadSection(placeholder);
}
