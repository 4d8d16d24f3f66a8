/**
 * The copy buttons beside the author's links. Without JavaScript the buttons stay hidden and
 * the links stand in read-only fields, to select and copy by hand.
 */
const copyStatus = document.querySelector<HTMLElement>("[data-copy-status]");

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-link]")) {
  const input = document.getElementById(button.dataset.copyLink ?? "");
  if (!(input instanceof HTMLInputElement)) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      if (copyStatus) copyStatus.textContent = button.dataset.copied ?? "";
    } catch {
      // Clipboard access can be refused (an insecure origin, a browser setting); the link is selected.
      if (copyStatus) copyStatus.textContent = copyStatus.dataset.failed ?? "";
    }
  });
}
