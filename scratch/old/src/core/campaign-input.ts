// What every face accepts as a campaign: the plan's number of days as typed, and whether a campaign can be run.
// The pane, the ribbon buttons and the command line ask here, so a "90.5" or a reversed campaign is treated the
// same way everywhere.
import type { Campaign, Msg } from "./types";
import { validateCampaign } from "./campaign";

/** The plan's own number of days as typed ("90", " 22 "): a whole number above 0; null when empty; "bad" else. */
export function parseNominalDays(text: string): number | null | "bad" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return "bad";
  const n = Number(trimmed);
  return n > 0 ? n : "bad";
}

/** Problems of validateCampaign that make every figure wrong or impossible; the others are only worth a note. */
const BLOCKING = new Set([
  "maths.campaign.noDates",
  "maths.campaign.noStart",
  "maths.campaign.reversed",
  "maths.campaign.badNominalDays",
  "maths.campaign.badWeekend",
  "maths.campaign.badThresholds",
]);

/** The problems that stop a run (empty when the campaign can be used). */
export function blockingProblems(campaign: Campaign): Msg[] {
  return validateCampaign(campaign).filter((m) => BLOCKING.has(m.key));
}
