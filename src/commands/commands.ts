// Ribbon buttons: each is one row of RIBBON_COMMANDS, whose id is the manifest's <Action> FunctionName. Adding a
// button is a manifest control plus one row here; the row's `run` does the work and returns the messages the
// clerk should read (the pane opens to show them; none means nothing to say). A command that works from the
// settings the pane saved wraps its work in withSavedSettings, which says what to set up when nothing usable is
// saved and turns Excel's refusals into the clerk's words.
import type { Lang, Msg } from "../core/types";
import { langFromLocale, msg, t } from "../core/messages";
import { blockingProblems } from "../core/campaign-input";
import { defaultAsOf } from "../core/as-of";
import { analyseAndWrite, type RunOutcome } from "../excel/actions";
import { isBusy, oneAtATime } from "../excel/exclusive";
import { formatDate } from "../core/dates";
import { loadSettings, type SavedSettings } from "../excel/settings";
import { clerkMessageFor } from "../excel/errors";
import { openPaneAt, postToPane } from "./pane-inbox";

function lang(): Lang {
  return langFromLocale(Office.context?.displayLanguage);
}

/** Settings saved by the pane that a command can run with, or the messages saying what to set up. */
function usableSettings(): { settings: SavedSettings } | { problems: Msg[] } {
  const settings = loadSettings();
  if (!settings) return { problems: [msg("pane.command.needsSetup")] };
  const blocking = blockingProblems(settings.campaign);
  return blocking.length ? { problems: [msg("pane.command.needsSetup"), ...blocking] } : { settings };
}

/** Run work that needs the saved settings; its messages, or what to set up, or Excel's refusal in plain words. */
export async function withSavedSettings(work: (settings: SavedSettings, lang: Lang) => Promise<Msg[]>): Promise<Msg[]> {
  const usable = usableSettings();
  if ("problems" in usable) return usable.problems;
  try {
    return await work(usable.settings, lang());
  } catch (e) {
    return [clerkMessageFor(e, usable.settings.sheet ?? "")];
  }
}

type SavedAction = "colour" | "report" | "saveDay" | "week" | "phase";

/** What the clerk reads after a run that worked: what was written where, then what to know. */
function doneMessages(result: RunOutcome, lang: Lang): Msg[] {
  const out: Msg[] = [];
  if (result.colour) out.push(msg("excel.ribbon.coloured", { sheet: result.analysis.table.sheet, added: String(result.colour.added) }), ...result.colour.messages);
  if (result.reportSheet) out.push(msg("excel.ribbon.reported", { sheet: result.reportSheet }));
  if (result.historySheet) out.push(msg("excel.history.saved", { sheet: result.historySheet, day: formatDate(result.analysis.asOf, lang) }));
  return [...out, ...result.notes];
}

/** Colour, report, save the day's figures, the weekly or the phase report, with the saved settings. */
function runSaved(action: SavedAction): Promise<Msg[]> {
  return withSavedSettings(async (settings, lang) => {
    // The table the pane read: its sheet, and its address when it was a selection, whatever sheet is active now.
    if (settings.source === "selection" && !settings.address) return [msg("excel.ribbon.tableUnknown")];
    const result = await analyseAndWrite({
      source: "used",
      sheet: settings.sheet,
      address: settings.source === "selection" ? settings.address : undefined,
      mapping: settings.mapping,
      measureId: settings.measureId,
      campaign: settings.campaign,
      // As the pane decides: a saved day, else the day the sheet says its figures are for, else today's default.
      asOf: { given: settings.asOf ?? null, fallback: defaultAsOf(new Date()) },
      lang,
      colour: action === "colour",
      report: action === "report" || action === "week" || action === "phase",
      // Every report keeps the day's figures in the history sheet; "Lưu số liệu ngày" does only that.
      // Core decides the period from the day decided above, once the sheet is read: the week ends on it, the
      // phase is the one it falls in (else the last one ended), named as the command line names it.
      history: action === "colour" ? undefined : {
        save: true,
        period: action === "week" ? { kind: "week" } : action === "phase" ? { kind: "phase" } : undefined,
      },
    });
    return result.ok ? doneMessages(result, lang) : [result.msg];
  });
}

/** Open the pane at one of its sections (an id of MORE_SECTIONS in src/taskpane/sections.ts). */
function openSection(sectionId: string): () => Promise<Msg[]> {
  return async () => {
    openPaneAt(sectionId);
    await Office.addin.showAsTaskpane();
    return [];
  };
}

export interface RibbonCommand {
  /** The manifest's <FunctionName>. */
  id: string;
  run(): Promise<Msg[]>;
}

export const RIBBON_COMMANDS: RibbonCommand[] = [
  { id: "ColourLagging", run: () => runSaved("colour") },
  { id: "WriteReport", run: () => runSaved("report") },
  { id: "SaveDayFigures", run: () => runSaved("saveDay") },
  { id: "WeeklyReport", run: () => runSaved("week") },
  { id: "PhaseReport", run: () => runSaved("phase") },
  { id: "OpenAllocation", run: openSection("allocation") },
];

export const COMMAND_IDS = {
  colour: "ColourLagging", report: "WriteReport", saveDay: "SaveDayFigures", week: "WeeklyReport", phase: "PhaseReport", allocation: "OpenAllocation",
} as const;

/** Excel's notification area is not available to commands: the pane opens with the messages. */
async function tell(messages: Msg[]): Promise<void> {
  postToPane(messages.map((m) => t(lang(), m)).join(" "));
  await Office.addin.showAsTaskpane();
}

/**
 * Office passes an event that must be completed, or the ribbon button stays busy. Runs go one at a time (a second
 * click waits for the first, so two runs never pick the same new sheet name), and every run ends with a sentence:
 * what was written where, or why not.
 */
function asOfficeAction(command: RibbonCommand) {
  return async (event?: Office.AddinCommands.Event) => {
    try {
      if (isBusy()) postToPane(t(lang(), msg("excel.ribbon.busy")));
      const messages = await oneAtATime(() => command.run());
      if (messages.length) await tell(messages);
    } finally {
      event?.completed();
    }
  };
}

Office.onReady(() => {
  for (const command of RIBBON_COMMANDS) Office.actions.associate(command.id, asOfficeAction(command));
});
