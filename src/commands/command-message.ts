// A ribbon command's message for the pane. In the shared runtime the pane's page is already loaded (the
// commands run in it), so reading the message once when the pane mounts is not enough: an event tells the
// mounted pane to read it again when the command opens it.

const KEY = "quotaReport.commandMessage";
export const COMMAND_MESSAGE_EVENT = "quotaReport:commandMessage";

/** Leave the text for the pane and tell a pane already on the page. */
export function leaveCommandMessage(text: string): void {
  try {
    localStorage.setItem(KEY, text);
  } catch {
    // storage may be blocked; opening the pane is enough for the clerk to carry on
  }
  if (typeof window !== "undefined" && typeof window.dispatchEvent === "function") {
    window.dispatchEvent(new Event(COMMAND_MESSAGE_EVENT));
  }
}

/** The message left by a command, once (it is removed as it is read). */
export function takeCommandMessage(): string | null {
  try {
    const note = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    return note;
  } catch {
    return null;
  }
}
