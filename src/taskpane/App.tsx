// The task pane: find the table, set the campaign, then colour / report / copy the summary.
import * as React from "react";
import {
  Button, Divider, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Textarea, Title3, makeStyles, tokens,
} from "@fluentui/react-components";
import type { Lang, Mapping, Msg, Phase, QuotaTable } from "../core/types";
import { msg, t } from "../core/messages";
import { makeCampaign } from "../core/campaign";
import { analyseAndWrite, detectTable, selectCell, type RunOutcome } from "../excel/actions";
import { weekEndingOn, type Period } from "../core/history/period";
import { loadSettings, saveSettings } from "../excel/settings";
import { capabilities, limitations } from "../excel/requirements";
import { clerkMessageFor } from "../excel/errors";
import { oneAtATime } from "../excel/exclusive";
import { defaultAsOf } from "../core/as-of";
import { readCampaignHints } from "../core/campaign-hints";
import { todaySerial } from "../core/dates";
import { campaignFromForm, formFromCampaign, formWithHints, type CampaignForm } from "./campaign-form";
import { copyText } from "./clipboard";
import { listenForPaneMessages, listenForSectionRequests } from "../commands/pane-inbox";
import { DetectSection } from "./components/DetectSection";
import { CampaignSection } from "./components/CampaignSection";
import { MORE_SECTIONS } from "./sections";

// Shown only after a table is read or a run is done: loaded then, not with the first screen.
const MeasurePicker = React.lazy(() => import(/* webpackChunkName: "pane-measure" */ "./components/MeasurePicker"));
const Results = React.lazy(() => import(/* webpackChunkName: "pane-results" */ "./components/Results"));
const PhaseReport = React.lazy(() => import(/* webpackChunkName: "pane-measure" */ "./components/PhaseReport"));

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM,
    maxWidth: "100%", boxSizing: "border-box", overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

type Action = "colour" | "report" | "copy" | "saveDay" | "week" | "phase";
type Place = "detect" | "actions";

export function App({ lang }: { lang: Lang }) {
  const s = useStyles();
  const saved = React.useMemo(() => loadSettings(), []);
  const [selectionOnly, setSelectionOnly] = React.useState(saved?.source === "selection");
  const [table, setTable] = React.useState<QuotaTable | null>(null);
  // Where the table was read (sheet and address): the runs and the ribbon read that same table.
  const [readAt, setReadAt] = React.useState<{ sheet: string; address: string } | null>(null);
  const [mapping, setMapping] = React.useState<Mapping>(saved?.mapping ?? {});
  const [measureId, setMeasureId] = React.useState<string | undefined>(saved?.measureId);
  const [form, setForm] = React.useState<CampaignForm>(() =>
    formFromCampaign(saved?.campaign ?? makeCampaign(), defaultAsOf(new Date())),
  );
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<Msg | null>(null);
  // The error shows beside what the clerk pressed: at 320 px the top of the pane is out of sight.
  const [errorAt, setErrorAt] = React.useState<Place>("detect");
  const [done, setDone] = React.useState<Msg[]>([]);
  const [notices, setNotices] = React.useState<Msg[]>(() => limitations(capabilities()));
  // A ribbon command that could not run (or has something to say) tells the pane it opens, in memory.
  const [commandNote, setCommandNote] = React.useState<string | null>(null);
  React.useEffect(() => listenForPaneMessages(setCommandNote), []);
  // A ribbon button that opens the pane at a section ("Phân bổ chỉ tiêu"): its heading scrolled to and focused.
  React.useEffect(() => listenForSectionRequests((id) => {
    const heading = document.getElementById(`pane-section-${id}`);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  }), []);
  // The plan's phases as the sheet's title states them, for "Báo cáo đợt".
  const [phases, setPhases] = React.useState<readonly Phase[]>([]);
  const [outcome, setOutcome] = React.useState<RunOutcome | null>(null);
  const [summary, setSummary] = React.useState<string>("");

  const guard = async (place: Place, work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setErrorAt(place);
    setDone([]);
    try {
      await oneAtATime(work);
    } catch (e) {
      setError(clerkMessageFor(e));
    } finally {
      setBusy(false);
    }
  };

  const detect = (withMapping: Mapping) =>
    guard("detect", async () => {
      const found = await detectTable({ source: selectionOnly ? "selection" : "used", mapping: withMapping });
      setReadAt(found.readAt);
      setNotices((n) => [...n, ...found.notes]);
      if (!found.read.ok) {
        setTable(null);
        setPhases([]);
        setError(found.read.msg);
        return;
      }
      const measures = found.read.table.measures;
      setTable(found.read.table);
      setMeasureId((id) => (measures.some((m) => m.id === id) ? id : undefined));
      // Saved settings win; otherwise the title's "90 ngày đêm, từ 01/8/2024 đến 30/10/2024" fills empty fields.
      // The sheet's data date ("tính đến ngày 15/9/2024") replaces the default as-of date, never a typed one.
      if (found.grid) {
        const hints = readCampaignHints(found.grid, todaySerial());
        setPhases(hints.campaign.phases ?? []);
        const hinted = formWithHints(form, { ...(saved ? {} : hints.campaign), dataDate: hints.dataDate }, defaultAsOf(new Date()));
        if (hinted !== form) {
          setForm(hinted);
          setNotices((n) => [...n, msg("pane.campaign.fromHints"), ...hints.notes.map((x) => x.msg)]);
        }
      }
    });

  const changeMapping = (m: Mapping) => {
    setMapping(m);
    void detect(m);
  };

  const run = (action: Action, phase?: Period) =>
    guard("actions", async () => {
      if (!table) return setError(msg("pane.error.detectFirst"));
      const parsed = campaignFromForm(form);
      if (!parsed.ok) return setError(parsed.msg);
      const source = selectionOnly ? "selection" : "used";
      // The table read, whatever sheet or cells are active now: a selection's address, or the sheet's used range.
      const address = source === "selection" ? readAt?.address : undefined;
      const result = await analyseAndWrite(
        {
          source, sheet: table.sheet, address, mapping, lang,
          campaign: parsed.campaign, asOf: parsed.asOf, measureId, colour: action === "colour", report: action === "report" || action === "week" || action === "phase",
          // Reports and "Lưu số liệu ngày" keep the day's figures in the history sheet (issue 10).
          history: action === "report" || action === "saveDay" || action === "week" || action === "phase"
            ? { save: true, period: action === "week" ? weekEndingOn(parsed.asOf, "") : phase } : undefined,
        },
      );
      if (!result.ok) return setError(result.msg);
      setOutcome(result);
      setSummary(result.chatText);
      const done: Msg[] = [];
      if (result.colour) {
        done.push(msg("pane.actions.coloured", { added: result.colour.added, removed: result.colour.removed, sheet: table.sheet }));
        done.push(...result.colour.messages);
      }
      if (result.reportSheet) done.push(msg("pane.actions.reported", { sheet: result.reportSheet }));
      if (result.historySheet) done.push(msg("pane.actions.saved", { sheet: result.historySheet }));
      done.push(...result.notes);
      // The click that asked for a copy ended with the first await: the summary is shown, a second click copies it.
      if (action === "copy") done.push(msg("excel.clipboard.showFirst"));
      setDone(done);
      await saveSettings({ version: 1, campaign: parsed.campaign, mapping, measureId, sheet: table.sheet, source, address });
    });

  /** Copy the summary on screen within the click itself; without one yet, work it out and show it first. */
  const copy = () => {
    if (!summary) return void run("copy");
    setError(null);
    setErrorAt("actions");
    void copyText(summary).then((ok) => setDone([ok ? msg("pane.actions.copied") : msg("pane.error.clipboard")]));
  };

  const errorBar = error && (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{t(lang, error)}</MessageBarBody>
    </MessageBar>
  );

  return (
    <main className={s.root} lang={lang}>
      <Title3 as="h1">{t(lang, "pane.title")}</Title3>
      {commandNote && (
        <MessageBar intent="warning">
          <MessageBarBody>{commandNote}</MessageBarBody>
        </MessageBar>
      )}
      {notices.map((n, i) => (
        <MessageBar key={i} intent="info">
          <MessageBarBody>{t(lang, n)}</MessageBarBody>
        </MessageBar>
      ))}
      <Subtitle2 as="h2">{`1. ${t(lang, "pane.detect.section")}`}</Subtitle2>
      <DetectSection
        lang={lang} busy={busy} selectionOnly={selectionOnly} onSelectionOnly={setSelectionOnly} table={table}
        mapping={mapping} onDetect={() => detect(mapping)} onMapping={changeMapping}
        onGoTo={(cell) => table && guard("detect", () => selectCell(table.sheet, cell))}
      />
      {errorAt === "detect" && errorBar}
      <Divider />
      <Subtitle2 as="h2">{`2. ${t(lang, "pane.campaign.section")}`}</Subtitle2>
      <CampaignSection lang={lang} form={form} onChange={setForm} />
      <Divider />
      <Subtitle2 as="h2">{`3. ${t(lang, "pane.actions.section")}`}</Subtitle2>
      <div className={s.actions}>
        {table && (
          <React.Suspense fallback={null}>
            <MeasurePicker lang={lang} measures={table.measures} measureId={measureId} onChange={setMeasureId} />
          </React.Suspense>
        )}
        <Button appearance="primary" className={s.wrapButton} disabled={busy} onClick={() => run("colour")}>
          {t(lang, "pane.actions.colour")}
        </Button>
        <Button appearance="primary" className={s.wrapButton} disabled={busy} onClick={() => run("report")}>
          {t(lang, "pane.actions.report")}
        </Button>
        <Button className={s.wrapButton} disabled={busy} onClick={copy}>
          {t(lang, "pane.actions.copy")}
        </Button>
        <Button className={s.wrapButton} disabled={busy} onClick={() => run("saveDay")}>
          {t(lang, "pane.actions.saveDay")}
        </Button>
        <Button className={s.wrapButton} disabled={busy} onClick={() => run("week")}>
          {t(lang, "pane.actions.week")}
        </Button>
        {/* Until a table is read the button alone (it says to read the table first); then the phases its title states. */}
        {table ? (
          <React.Suspense fallback={<Button className={s.wrapButton} disabled>{t(lang, "phase.pane.button")}</Button>}>
            <PhaseReport lang={lang} busy={busy} phases={phases} asOfText={form.asOf} onReport={(p) => run("phase", p)} />
          </React.Suspense>
        ) : (
          <Button className={s.wrapButton} disabled={busy} onClick={() => run("phase")}>{t(lang, "phase.pane.button")}</Button>
        )}
      </div>
      {busy && <ProgressBar aria-label={t(lang, "pane.actions.working")} />}
      {errorAt === "actions" && errorBar}
      <div role="status" className={s.actions}>
        {done.map((n, i) => (
          <MessageBar key={i} intent={n.key.startsWith("pane.actions.") ? "success" : "warning"}>
            <MessageBarBody>{t(lang, n)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      {summary && <Textarea readOnly value={summary} resize="vertical" aria-label={t(lang, "pane.actions.copy")} rows={6} />}
      {outcome && (
        <React.Suspense fallback={null}>
          <Results lang={lang} analysis={outcome.analysis} measureId={measureId} />
        </React.Suspense>
      )}
      {MORE_SECTIONS.map((section, i) => (
        <React.Fragment key={section.id}>
          <Divider />
          <Subtitle2 as="h2" id={`pane-section-${section.id}`} tabIndex={-1}>{`${4 + i}. ${t(lang, section.title)}`}</Subtitle2>
          <React.Suspense fallback={null}>
            <section.component lang={lang} table={table} busy={busy} />
          </React.Suspense>
        </React.Fragment>
      ))}
    </main>
  );
}
