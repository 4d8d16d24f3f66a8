/**
 * Importing this module submits comment forms inline with fetch. Without JavaScript the same form posts
 * to the server-rendered comments page. The text is never cleared on an error.
 */

/**
 * The message for the API's `reason`, from the table the form carries as `data-refusals`
 * (refusal-messages.ts renders it). An answer without a reason (503, a network failure) is "unavailable".
 */
function describeRefusal(form: HTMLFormElement, reason: string): { field?: string; text: string } {
  let table: unknown = {};
  try {
    table = JSON.parse(form.dataset["refusals"] ?? "{}");
  } catch {
    // A broken attribute leaves the fallback below, which still tells the reader to retry.
  }
  const read = (key: string) => {
    const entry: unknown = typeof table === "object" && table !== null ? Reflect.get(table, key) : undefined;
    const text: unknown = typeof entry === "object" && entry !== null ? Reflect.get(entry, "text") : undefined;
    const field: unknown = typeof entry === "object" && entry !== null ? Reflect.get(entry, "field") : undefined;
    return typeof text === "string" ? { text, ...(typeof field === "string" ? { field } : {}) } : undefined;
  };
  return read(reason) ?? read("unavailable") ?? { text: "…" };
}

function setStatus(form: HTMLFormElement, text: string, kind: "success" | "error", deleteUrl?: string): void {
  const status = form.querySelector<HTMLElement>("[data-form-status]");
  if (!status) return;
  status.replaceChildren();
  const message = document.createElement("span");
  message.className = kind;
  message.textContent = text;
  status.appendChild(message);
  if (deleteUrl) {
    const note = document.createElement("span");
    note.className = "delete-note";
    const link = document.createElement("a");
    link.href = deleteUrl;
    link.textContent = new URL(deleteUrl, location.href).href;
    note.textContent = `${form.dataset["deleteNote"] ?? ""} `;
    note.appendChild(link);
    status.appendChild(note);
  }
}

async function submit(form: HTMLFormElement): Promise<void> {
  const messages = form.dataset;
  const button = form.querySelector("button");
  for (const slot of form.querySelectorAll<HTMLElement>("[data-error-for]")) slot.textContent = "";
  if (button) button.disabled = true;
  setStatus(form, messages["sending"] ?? "…", "success");
  try {
    const response = await fetch("/api/comments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      // The tracker's id of this pageview, so the comment is credited to the reader's channel (docs/traction.md).
      body: JSON.stringify({
        ...Object.fromEntries(new FormData(form)),
        pageId: document.documentElement.dataset["pageId"],
      }),
      credentials: "omit",
    });
    const body: unknown = await response.json().catch(() => ({}));
    const read = (key: string) =>
      typeof body === "object" && body !== null && key in body ? String(Reflect.get(body, key)) : "";
    if (response.ok) {
      const text = read("status") === "approved" ? messages["approved"] : messages["pending"];
      setStatus(form, text ?? "", "success", read("deleteUrl") || undefined);
      const textarea = form.querySelector("textarea");
      if (textarea) textarea.value = "";
      return;
    }
    const problem = describeRefusal(form, read("reason"));
    const slot = problem.field ? form.querySelector<HTMLElement>(`[data-error-for="${problem.field}"]`) : null;
    if (slot) {
      slot.textContent = problem.text;
      setStatus(form, "", "error");
    } else setStatus(form, problem.text, "error");
  } catch {
    setStatus(form, describeRefusal(form, "unavailable").text, "error");
  } finally {
    if (button) button.disabled = false;
  }
}

// One listener for the whole document, so that forms inserted later (the fetched comments section) are enhanced too.
// The attribute tells tests (and curious readers) that inline submitting is active.
document.documentElement.dataset["commentsEnhanced"] = "";
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches("form[data-comment-form]")) return;
  event.preventDefault();
  void submit(form);
});
