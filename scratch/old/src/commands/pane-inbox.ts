// Messages from a ribbon command to the task pane, in memory. The shared runtime runs the commands and the pane
// in one page with one copy of this module (webpack's single runtime chunk), so nothing goes through
// localStorage, which every workbook's pane of the same origin shares. Two kinds: a text to show, and a pane
// section to open at (sections.ts ids).

type Listener = (value: string) => void;

/** One channel: a value posted before the pane listens waits for it (the last one only). */
function channel() {
  let waiting: string | null = null;
  const listeners = new Set<Listener>();
  return {
    post(value: string): void {
      if (listeners.size === 0) {
        waiting = value;
        return;
      }
      for (const listener of listeners) listener(value);
    },
    listen(listener: Listener): () => void {
      listeners.add(listener);
      if (waiting !== null) {
        const value = waiting;
        waiting = null;
        listener(value);
      }
      return () => void listeners.delete(listener);
    },
  };
}

const texts = channel();
const sections = channel();

/** Hand a text to the pane: at once when it is mounted, else when it mounts. */
export function postToPane(text: string): void {
  texts.post(text);
}

/** The pane listens while mounted; a text posted before it mounted is delivered at once. Returns the unsubscribe. */
export function listenForPaneMessages(listener: Listener): () => void {
  return texts.listen(listener);
}

/** Ask the pane to bring a section into view (its id in MORE_SECTIONS). */
export function openPaneAt(sectionId: string): void {
  sections.post(sectionId);
}

/** The pane listens while mounted; a section asked for before it mounted is delivered at once. */
export function listenForSectionRequests(listener: Listener): () => void {
  return sections.listen(listener);
}
