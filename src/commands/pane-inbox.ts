// Messages from a ribbon command to the task pane, in memory. The shared runtime runs the commands and the pane
// in one page with one copy of this module (webpack's single runtime chunk), so nothing goes through
// localStorage, which every workbook's pane of the same origin shares.

type Listener = (text: string) => void;

let waiting: string | null = null;
const listeners = new Set<Listener>();

/** Hand a text to the pane: at once when it is mounted, else when it mounts. */
export function postToPane(text: string): void {
  if (listeners.size === 0) {
    waiting = text;
    return;
  }
  for (const listener of listeners) listener(text);
}

/** The pane listens while mounted; a text posted before it mounted is delivered at once. Returns the unsubscribe. */
export function listenForPaneMessages(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting !== null) {
    const text = waiting;
    waiting = null;
    listener(text);
  }
  return () => listeners.delete(listener);
}
