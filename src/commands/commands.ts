// Ribbon buttons: colour and report with the settings saved in the workbook, without opening the pane;
// the pane opens instead when nothing is saved yet. Ids match the manifest's <Action> FunctionName.
import type { Lang, Msg } from "../core/types";
import { langFromLocale, msg, t } from "../core/messages";
import { analyseAndWrite } from "../excel/actions";
import { liveEngine } from "../excel/live-engine";
import { loadSettings } from "../excel/settings";
import { clerkMessageFor } from "../excel/errors";
import { defaultAsOf } from "../core/as-of";
import { leaveCommandMessage } from "./command-message";
import { weekEndingOn } from "../core/history/period";

export const COMMAND_IDS = { colour: "ColourLagging", report: "WriteReport", saveDay: "SaveDayFigures", week: "WeeklyReport" } as const;
type CommandAction = keyof typeof COMMAND_IDS;

function lang(): Lang {
  return langFromLocale(Office.context?.displayLanguage);
}

/** A message where the clerk sees it without the pane: Excel's own notification area is not available
 *  to commands, so the pane is opened with the message (see command-message.ts). */
async function tell(message: Msg): Promise<void> {
  leaveCommandMessage(t(lang(), message));
  await Office.addin.showAsTaskpane();
}

export async function runCommand(action: CommandAction): Promise<void> {
  const settings = loadSettings();
  if (!settings || settings.campaign.from === null) {
    await tell(msg("pane.command.needsSetup"));
    return;
  }
  try {
    const result = await analyseAndWrite(
      {
        source: "used",
        sheet: settings.sheet,
        mapping: settings.mapping,
        measureId: settings.measureId,
        campaign: settings.campaign,
        asOf: defaultAsOf(new Date()),
        lang: lang(),
        colour: action === "colour",
        report: action === "report" || action === "week",
        // Every report keeps the day's figures in the history sheet; "Lưu số liệu ngày" does only that.
        history: action === "colour" ? undefined : { save: true, period: action === "week" ? weekEndingOn(defaultAsOf(new Date()), "") : undefined },
      },
      liveEngine,
    );
    if (!result.ok) await tell(result.msg);
  } catch (e) {
    await tell(clerkMessageFor(e, settings.sheet ?? ""));
  }
}

/** Office passes an event that must be completed, or the ribbon button stays busy. */
function asCommand(action: CommandAction) {
  return async (event?: Office.AddinCommands.Event) => {
    try {
      await runCommand(action);
    } finally {
      event?.completed();
    }
  };
}

Office.onReady(() => {
  Office.actions.associate(COMMAND_IDS.colour, asCommand("colour"));
  Office.actions.associate(COMMAND_IDS.report, asCommand("report"));
  Office.actions.associate(COMMAND_IDS.saveDay, asCommand("saveDay"));
  Office.actions.associate(COMMAND_IDS.week, asCommand("week"));
});
