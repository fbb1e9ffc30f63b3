// The one "busy action" of the pane: while a piece of work runs, the buttons that start another are disabled; the
// work waits for any run already on the workbook (the ribbon's too, exclusive.ts); Excel's refusal becomes the
// clerk's sentence (errors.ts), never a library's text. The daily report's actions, the allocation and the
// consolidation sections all go through it.
import * as React from "react";
import type { Msg } from "../core/types";
import { clerkMessageFor } from "../excel/errors";
import { oneAtATime } from "../excel/exclusive";

/** Run `work` on the workbook: `onError` gets the clerk's message when Excel refuses. Returns once it is over. */
export async function busyAction(setBusy: (busy: boolean) => void, work: () => Promise<void>, onError: (m: Msg) => void): Promise<void> {
  setBusy(true);
  try {
    await oneAtATime(work);
  } catch (e) {
    onError(clerkMessageFor(e));
  } finally {
    setBusy(false);
  }
}

/** A component's busy flag and its runner. */
export function useBusyAction(): { busy: boolean; run(work: () => Promise<void>, onError: (m: Msg) => void): Promise<void> } {
  const [busy, setBusy] = React.useState(false);
  const run = React.useCallback((work: () => Promise<void>, onError: (m: Msg) => void) => busyAction(setBusy, work, onError), []);
  return { busy, run };
}
