// The task pane: the first screen shows what was read and the one-click actions; the rest folds away in sections
// whose open state is kept while the pane lives. State and actions live in usePane (pane-state.ts).
import * as React from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Textarea, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { t, type MessageKey } from "../core/messages";
import { listenForPaneMessages, listenForSectionRequests } from "../commands/pane-inbox";
import { CampaignSection } from "./components/CampaignSection";
import { FirstScreen } from "./components/FirstScreen";
import { Fold } from "./components/Fold";
import { MORE_SECTIONS } from "./sections";
import { usePane } from "./pane-state";

// Shown only once a table is read or a run is done: loaded then, not with the first screen.
const DetectedTable = React.lazy(() => import(/* webpackChunkName: "pane-table" */ "./components/DetectedTable"));
const MeasurePicker = React.lazy(() => import(/* webpackChunkName: "pane-measure" */ "./components/MeasurePicker"));
const Results = React.lazy(() => import(/* webpackChunkName: "pane-results" */ "./components/Results"));
const PhaseReport = React.lazy(() => import(/* webpackChunkName: "pane-measure" */ "./components/PhaseReport"));
const ReportPicture = React.lazy(() => import(/* webpackChunkName: "pane-picture" */ "./components/ReportPicture"));

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    maxWidth: "100%", boxSizing: "border-box", overflowWrap: "anywhere",
  },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

export function App({ lang }: { lang: Lang }) {
  const s = useStyles();
  const { state, actions } = usePane(lang);
  const { table, busy } = state;
  // A ribbon command that could not run (or has something to say) tells the pane it opens, in memory.
  React.useEffect(() => listenForPaneMessages(actions.setCommandNote), []); // eslint-disable-line react-hooks/exhaustive-deps
  // A ribbon button that opens the pane at a section ("Phân bổ chỉ tiêu"): it is unfolded, scrolled to and focused.
  React.useEffect(() => listenForSectionRequests((id) => {
    actions.openSection(id);
    setTimeout(() => {
      const heading = document.getElementById(`pane-section-${id}`);
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    }, 0);
  }), []); // eslint-disable-line react-hooks/exhaustive-deps

  const section = (id: string, title: MessageKey, body: React.ReactNode) => (
    <Fold key={id} id={id} title={t(lang, title)} open={state.openSections.includes(id)} onToggle={actions.toggleSection}>
      {body}
    </Fold>
  );

  return (
    <main className={s.root} lang={lang}>
      <Title3 as="h1">{t(lang, "pane.title")}</Title3>
      {state.commandNote && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.commandNote}</MessageBarBody>
        </MessageBar>
      )}
      <FirstScreen lang={lang} state={state} actions={actions} />
      {busy && <ProgressBar aria-label={t(lang, "pane.actions.working")} />}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(lang, state.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" className={s.stack}>
        {state.done.map((n, i) => (
          <MessageBar key={i} intent={n.key.startsWith("pane.actions.") ? "success" : "warning"}>
            <MessageBarBody>{t(lang, n)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      {state.summary && <Textarea readOnly value={state.summary} resize="vertical" aria-label={t(lang, "pane.actions.copy")} rows={6} />}
      {state.notices.map((n, i) => (
        <MessageBar key={i} intent="info">
          <MessageBarBody>{t(lang, n)}</MessageBarBody>
        </MessageBar>
      ))}
      <div>
        {table && section("table", "pane.section.table", (
          <React.Suspense fallback={null}>
            <DetectedTable lang={lang} table={table} mapping={state.mapping} onMapping={actions.changeMapping} onGoTo={actions.goTo} />
          </React.Suspense>
        ))}
        {section("campaign", "pane.campaign.section", <CampaignSection lang={lang} form={state.form} onChange={actions.setForm} />)}
        {section("more", "pane.section.more", (
          <>
            {table && (
              <React.Suspense fallback={null}>
                <MeasurePicker lang={lang} measures={table.measures} measureId={state.measureId} onChange={actions.setMeasureId} />
              </React.Suspense>
            )}
            <Button className={s.wrapButton} disabled={busy} onClick={() => actions.run("saveDay")}>{t(lang, "pane.actions.saveDay")}</Button>
            <Button className={s.wrapButton} disabled={busy} onClick={() => actions.run("week")}>{t(lang, "pane.actions.week")}</Button>
            {/* Until a table is read the button alone (it says to read the table first); then the phases its title states. */}
            {table ? (
              <React.Suspense fallback={<Button className={s.wrapButton} disabled>{t(lang, "phase.pane.button")}</Button>}>
                <PhaseReport lang={lang} busy={busy} phases={state.phases} asOfText={state.form.asOf} onReport={(p) => actions.run("phase", p)} />
              </React.Suspense>
            ) : (
              <Button className={s.wrapButton} disabled={busy} onClick={() => actions.run("phase")}>{t(lang, "phase.pane.button")}</Button>
            )}
          </>
        ))}
        {state.outcome && section("results", "pane.section.results", (
          <React.Suspense fallback={null}>
            <Results lang={lang} analysis={state.outcome.analysis} measureId={state.measureId} />
            <ReportPicture lang={lang} analysis={state.outcome.analysis} period={state.outcome.periodAnalysis ?? null} measureId={state.measureId} />
          </React.Suspense>
        ))}
        {MORE_SECTIONS.map((more) => section(more.id, more.title, (
          <React.Suspense fallback={null}>
            <more.component lang={lang} table={table} busy={busy} />
          </React.Suspense>
        )))}
      </div>
    </main>
  );
}
