// The pane's state and actions in one hook (as Microsoft's TaskPane-React template keeps them out of the view):
// a reducer holds what the clerk sees; the actions read the table, run the daily report's actions and copy the
// summary, each through the one busy action (busy-action.ts). Components get the state and the actions as props.
import * as React from "react";
import type { Lang, Mapping, Msg, Phase, QuotaTable } from "../core/types";
import { msg } from "../core/messages";
import { makeCampaign } from "../core/campaign";
import { analyseAndWrite, detectTable, selectCell, type RunOutcome } from "../excel/actions";
import type { PeriodRequest } from "../core/run/period-choice";
import { loadSettings, saveSettings, type SavedSettings } from "../excel/settings";
import { capabilities, limitations } from "../excel/requirements";
import { defaultAsOf } from "../core/as-of";
import { readCampaignHints } from "../core/campaign-hints";
import { todaySerial } from "../core/dates";
import { campaignFromForm, formFromCampaign, formWithHints, type CampaignForm } from "./campaign-form";
import { copyText } from "./clipboard";
import { busyAction } from "./busy-action";

export type Action = "colour" | "report" | "copy" | "saveDay" | "week" | "phase";
/** Where an error shows: beside what the clerk pressed (at 320 px the top of the pane is out of sight). */
export type Place = "detect" | "actions";

export interface PaneState {
  selectionOnly: boolean;
  table: QuotaTable | null;
  /** Where the table was read (sheet and address): the runs and the ribbon read that same table. */
  readAt: { sheet: string; address: string } | null;
  mapping: Mapping;
  measureId: string | undefined;
  form: CampaignForm;
  /** The plan's phases as the sheet's title states them, for "Báo cáo đợt". */
  phases: readonly Phase[];
  busy: boolean;
  error: Msg | null;
  errorAt: Place;
  done: Msg[];
  notices: Msg[];
  /** A ribbon command's sentence, delivered in memory when it opens the pane. */
  commandNote: string | null;
  outcome: RunOutcome | null;
  summary: string;
  /** The folded sections open now (their ids): kept while the pane lives. */
  openSections: string[];
}

type Event =
  | { type: "patch"; patch: Partial<PaneState> }
  | { type: "notices"; add: Msg[] }
  | { type: "start"; place: Place }
  | { type: "open"; id: string }
  | { type: "toggle"; id: string };

function reduce(state: PaneState, e: Event): PaneState {
  switch (e.type) {
    case "patch": return { ...state, ...e.patch };
    case "notices": return { ...state, notices: [...state.notices, ...e.add] };
    case "start": return { ...state, error: null, errorAt: e.place, done: [] };
    case "open": return state.openSections.includes(e.id) ? state : { ...state, openSections: [...state.openSections, e.id] };
    case "toggle": {
      const open = state.openSections.includes(e.id);
      return { ...state, openSections: open ? state.openSections.filter((x) => x !== e.id) : [...state.openSections, e.id] };
    }
  }
}

function initial(saved: SavedSettings | null): PaneState {
  const form = formFromCampaign(saved?.campaign ?? makeCampaign(), defaultAsOf(new Date()));
  return {
    selectionOnly: saved?.source === "selection", table: null, readAt: null, mapping: saved?.mapping ?? {}, measureId: saved?.measureId,
    form, phases: [], busy: false, error: null, errorAt: "detect", done: [], notices: limitations(capabilities()), commandNote: null,
    outcome: null, summary: "",
    // Nothing saved: the campaign's dates are still to be typed, so that section starts open.
    openSections: saved?.campaign.from ? [] : ["campaign"],
  };
}

export interface PaneActions {
  detect(mapping?: Mapping): void;
  changeMapping(m: Mapping): void;
  run(action: Action, phase?: PeriodRequest): void;
  copy(): void;
  goTo(cell: string): void;
  setForm(form: CampaignForm): void;
  setSelectionOnly(v: boolean): void;
  setMeasureId(id: string | undefined): void;
  setCommandNote(text: string | null): void;
  /** Fold or unfold a section. */
  toggleSection(id: string): void;
  openSection(id: string): void;
}

export function usePane(lang: Lang): { state: PaneState; actions: PaneActions } {
  const saved = React.useMemo(() => loadSettings(), []);
  const [state, dispatch] = React.useReducer(reduce, saved, initial);
  const latest = React.useRef(state);
  latest.current = state;
  const patch = (p: Partial<PaneState>) => dispatch({ type: "patch", patch: p });

  const guarded = (place: Place, work: () => Promise<void>) => {
    dispatch({ type: "start", place });
    void busyAction((busy) => patch({ busy }), work, (error) => patch({ error }));
  };

  const detect = (mapping: Mapping = latest.current.mapping) => guarded("detect", async () => {
    const s = latest.current;
    const found = await detectTable({ source: s.selectionOnly ? "selection" : "used", mapping });
    dispatch({ type: "notices", add: found.notes });
    if (!found.read.ok) return patch({ table: null, readAt: null, phases: [], error: found.read.msg });
    const measures = found.read.table.measures;
    patch({ table: found.read.table, readAt: found.readAt, measureId: measures.some((m) => m.id === s.measureId) ? s.measureId : undefined });
    // Saved settings win; otherwise the title's "90 ngày đêm, từ 01/8/2024 đến 30/10/2024" fills empty fields.
    // The sheet's data date ("tính đến ngày 15/9/2024") replaces the default as-of date, never a typed one.
    if (found.grid) {
      const hints = readCampaignHints(found.grid, todaySerial());
      patch({ phases: hints.campaign.phases ?? [] });
      const hinted = formWithHints(s.form, { ...(saved ? {} : hints.campaign), dataDate: hints.dataDate }, defaultAsOf(new Date()));
      if (hinted !== s.form) {
        patch({ form: hinted });
        dispatch({ type: "notices", add: [msg("pane.campaign.fromHints"), ...hints.notes.map((x) => x.msg)] });
      }
    }
  });

  const run = (action: Action, phase?: PeriodRequest) => guarded("actions", async () => {
    const s = latest.current;
    if (!s.table) return patch({ error: msg("pane.error.detectFirst") });
    const parsed = campaignFromForm(s.form);
    if (!parsed.ok) return patch({ error: parsed.msg });
    const source = s.selectionOnly ? "selection" : "used";
    // The table read, whatever sheet or cells are active now: a selection's address, or the sheet's used range.
    const address = source === "selection" ? s.readAt?.address : undefined;
    const result = await analyseAndWrite({
      source, sheet: s.table.sheet, address, mapping: s.mapping, lang,
      campaign: parsed.campaign, asOf: parsed.asOf, measureId: s.measureId, colour: action === "colour",
      report: action === "report" || action === "week" || action === "phase",
      // Reports and "Lưu số liệu ngày" keep the day's figures in the history sheet.
      history: action === "report" || action === "saveDay" || action === "week" || action === "phase"
        ? { save: true, period: action === "week" ? { kind: "week" } : phase } : undefined,
    });
    if (!result.ok) return patch({ error: result.msg });
    const done: Msg[] = [];
    if (result.colour) {
      done.push(msg("pane.actions.coloured", { added: result.colour.added, removed: result.colour.removed, sheet: s.table.sheet }));
      done.push(...result.colour.messages);
    }
    if (result.reportSheet) done.push(msg("pane.actions.reported", { sheet: result.reportSheet }));
    if (result.historySheet) done.push(msg("pane.actions.saved", { sheet: result.historySheet }));
    done.push(...result.notes);
    // The click that asked for a copy ended with the first await: the summary is shown, a second click copies it.
    if (action === "copy") done.push(msg("excel.clipboard.showFirst"));
    patch({ outcome: result, summary: result.chatText, done });
    dispatch({ type: "open", id: "results" });
    await saveSettings({ version: 1, campaign: parsed.campaign, mapping: s.mapping, measureId: s.measureId, sheet: s.table.sheet, source, address });
  });

  const actions: PaneActions = {
    detect,
    changeMapping: (m) => {
      patch({ mapping: m });
      detect(m);
    },
    run,
    /** Copy the summary on screen within the click itself; without one yet, work it out and show it first. */
    copy: () => {
      const s = latest.current;
      if (!s.summary) return run("copy");
      patch({ error: null, errorAt: "actions" });
      void copyText(s.summary).then((ok) => patch({ done: [ok ? msg("pane.actions.copied") : msg("pane.error.clipboard")] }));
    },
    goTo: (cell) => {
      const table = latest.current.table;
      if (table) guarded("detect", () => selectCell(table.sheet, cell));
    },
    setForm: (form) => patch({ form }),
    setSelectionOnly: (selectionOnly) => patch({ selectionOnly }),
    setMeasureId: (measureId) => patch({ measureId }),
    setCommandNote: (commandNote) => patch({ commandNote }),
    toggleSection: (id) => dispatch({ type: "toggle", id }),
    openSection: (id) => dispatch({ type: "open", id }),
  };
  return { state, actions };
}
