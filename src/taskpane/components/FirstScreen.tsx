// The pane's first screen (≤ 600 px tall at 320 px wide): what was detected, in a few lines the clerk can check
// (table, measures, period, as-of day), and the one-click actions. Everything else folds away below it.
import * as React from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Msg } from "../../core/types";
import { msg, t } from "../../core/messages";
import type { PaneActions, PaneState } from "../pane-state";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  lines: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px", flexGrow: 1 },
});

/** The detected facts as sentences (each a catalogue message). */
export function detectedLines(state: PaneState): Msg[] {
  const { table, readAt, form } = state;
  if (!table) return [msg("pane.first.noTable")];
  const out: Msg[] = [msg("pane.first.table", { sheet: table.sheet, address: readAt?.address ?? "", units: String(table.units.length) })];
  out.push(msg("pane.first.measures", { measures: table.measures.map((m) => m.label).join("; ") }));
  if (form.from.trim() && form.to.trim()) {
    out.push(form.nominalDays.trim()
      ? msg("pane.first.periodDays", { from: form.from, to: form.to, days: form.nominalDays })
      : msg("pane.first.period", { from: form.from, to: form.to }));
  } else out.push(msg("pane.first.noPeriod"));
  out.push(msg("pane.first.asOf", { asOf: form.asOf }));
  return out;
}

export function FirstScreen({ lang, state, actions }: { lang: Lang; state: PaneState; actions: PaneActions }) {
  const s = useStyles();
  const busy = state.busy;
  return (
    <section className={s.stack} aria-label={t(lang, "pane.detect.section")}>
      <div className={s.lines} data-testid="detected">
        {detectedLines(state).map((m, i) => <Text key={i} size={200}>{t(lang, m)}</Text>)}
      </div>
      <div className={s.row}>
        <Button appearance={state.table ? "secondary" : "primary"} className={s.wrapButton} disabled={busy} onClick={() => actions.detect()}>
          {t(lang, "pane.detect.button")}
        </Button>
      </div>
      <Checkbox checked={state.selectionOnly} onChange={(_, d) => actions.setSelectionOnly(Boolean(d.checked))} label={t(lang, "pane.detect.selectionOnly")} />
      <div className={s.row}>
        <Button appearance="primary" className={s.wrapButton} disabled={busy} onClick={() => actions.run("colour")}>
          {t(lang, "pane.actions.colour")}
        </Button>
        <Button appearance="primary" className={s.wrapButton} disabled={busy} onClick={() => actions.run("report")}>
          {t(lang, "pane.actions.report")}
        </Button>
      </div>
      <Button className={s.wrapButton} disabled={busy} onClick={actions.copy}>
        {t(lang, "pane.actions.copy")}
      </Button>
    </section>
  );
}
