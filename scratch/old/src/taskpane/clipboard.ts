// The clipboard from inside Office's iframe. Browsers accept a copy only while the clerk's click is being handled
// (the user gesture): call this synchronously in the click, with text already on screen, never after an await.
export function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard?.writeText) return clipboard.writeText(text).then(() => true, () => copyWithSelection(text));
  return Promise.resolve(copyWithSelection(text));
}

/** The older copy command, for hosts whose iframe does not allow the async clipboard. */
function copyWithSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  return ok;
}
