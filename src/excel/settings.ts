// Campaign settings and mapping, saved in the workbook (document settings travel with the file and are
// readable from every part of the shared runtime, custom functions included), so tomorrow's one click reuses them.
import type { Campaign, DaySerial, Mapping } from "../core/types";
import type { GridSource } from "./read";

export type { Campaign, GridSource, Mapping };

export interface SavedSettings {
  version: 1;
  campaign: Campaign;
  mapping?: Mapping;
  measureId?: string;
  /** The sheet the table was read from. */
  sheet?: string;
  source?: GridSource;
  /** With source "selection": the cells the pane read ("A1:D11"), so the ribbon reads that table, not the used range. */
  address?: string;
  /**
   * A day the figures count to that the clerk fixed: the ribbon uses it before the sheet's data date and today.
   * Optional: without it the ribbon decides as the pane does (the sheet's stated date, else today).
   */
  asOf?: DaySerial;
}

export const SETTINGS_KEY = "quotaReport.settings";

function documentSettings(): Office.Settings | null {
  try {
    return Office?.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/** The saved settings, or null when nothing (or nothing readable) is saved. */
export function loadSettings(): SavedSettings | null {
  const raw = documentSettings()?.get(SETTINGS_KEY);
  if (typeof raw !== "string") return null;
  try {
    const parsed = JSON.parse(raw) as SavedSettings;
    return parsed && parsed.version === 1 && parsed.campaign ? parsed : null;
  } catch {
    return null;
  }
}

/** Save and persist in the workbook (persisted when the clerk saves the file). */
export function saveSettings(settings: SavedSettings): Promise<void> {
  const store = documentSettings();
  if (!store) return Promise.resolve();
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) =>
    store.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve(),
    ),
  );
}
