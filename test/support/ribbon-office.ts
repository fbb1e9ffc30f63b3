// The ribbon's runtime as Office gives it to src/commands, for the tests that press its buttons: Office.context
// (the UI language, the settings saved in the workbook) as plain data — Office.js needs no load/sync for it —,
// the task pane, the buttons' functions as the manifest associates them, and a localStorage that refuses writes
// (another workbook's pane of the same origin would see anything left there). Excel itself is test/excel/mock's.
import { SETTINGS_KEY, type SavedSettings } from "../../src/excel/settings";

type ButtonFunction = (event?: { completed(): void }) => Promise<void>;

/** The buttons' functions by the manifest's ids, as src/commands registered them on Office.onReady. */
export const associated: Record<string, ButtonFunction> = {};

/** What the ribbon did with Office since the last installOffice: panes opened; the settings it reads. */
export const office: { shown: number; settings: Record<string, string> } = { shown: 0, settings: {} };

/** Office as Excel starts the ribbon's runtime: this UI language, these settings saved in the workbook (or none). */
export function installOffice(displayLanguage: string, saved: SavedSettings | null): void {
  office.shown = 0;
  office.settings = saved ? { [SETTINGS_KEY]: JSON.stringify(saved) } : {};
  (global as any).Office = {
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => true },
      document: { settings: { get: (key: string) => office.settings[key] ?? null } },
    },
    addin: { showAsTaskpane: async () => { office.shown++; } },
    actions: { associate: (id: string, f: ButtonFunction) => { associated[id] = f; } },
    onReady: (callback: () => void) => { callback(); return Promise.resolve({}); },
  };
}

/** A localStorage that throws on every write: the ribbon must keep nothing there. */
export function refuseLocalStorage(): void {
  (global as any).localStorage = {
    getItem: () => null,
    setItem: (key: string) => { throw new Error(`localStorage.setItem(${key})`); },
    removeItem: () => undefined,
  };
}

/** Office, Excel and localStorage gone, as before the file's first test. */
export function removeOffice(): void {
  delete (global as any).Office;
  delete (global as any).Excel;
  delete (global as any).localStorage;
}

/** Press a ribbon button the way Office does: the associated function, with an event; how often it completed. */
export async function press(id: string): Promise<{ completed: number }> {
  const event = { completed: 0 };
  await associated[id]({ completed: () => { event.completed++; } });
  return event;
}
