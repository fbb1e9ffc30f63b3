// What the clerk reads when Excel refuses an action: the pane and the ribbon commands say the same thing.
import type { Msg } from "../core/types";
import { msg } from "../core/messages";
import { ClerkProblem } from "./requirements";

/** An error from Excel.run as a message that says what to do; `sheet` is the saved table's sheet, if any. */
export function clerkMessageFor(e: unknown, sheet?: string): Msg {
  if (e instanceof ClerkProblem) return e.clerkMessage;
  if (sheet !== undefined && (e as { code?: string } | null)?.code === "ItemNotFound") return msg("pane.error.sheetMissing", { sheet });
  return msg("pane.error.unexpected", { detail: String((e as Error | null)?.message ?? e) });
}
