// "Báo cáo đợt" once a table is read: the phases its title states (name and dates), the one the as-of day falls
// in offered first (else the last ended), and the button writing the picked phase's report. Loaded after the
// table is read: its Select is not needed on the pane's first screen, which shows the button alone.
import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Phase } from "../../core/types";
import { t } from "../../core/messages";
import { formatDate, parseDayText } from "../../core/dates";
import { namedPhases, phaseForDay, type PeriodRequest } from "../../core/run/period-choice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px" },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface PhaseReportProps {
  lang: Lang;
  busy: boolean;
  /** As read from the sheet's title; empty when it states none. */
  phases: readonly Phase[];
  /** The as-of field as typed. */
  asOfText: string;
  /** The picked phase by its number (from 1): core makes its period and its name, as for the ribbon and the command line. */
  onReport(period: PeriodRequest): void;
}

export default function PhaseReport({ lang, busy, phases, asOfText, onReport }: PhaseReportProps) {
  const s = useStyles();
  // The clerk's pick stands while the same phases are shown; until then the as-of day's phase.
  const [picked, setPicked] = React.useState<{ among: readonly Phase[]; index: number } | null>(null);
  const asOf = parseDayText(asOfText.trim());
  const preferred = asOf === null ? null : phaseForDay(phases, asOf);
  const index = picked?.among === phases ? picked.index : preferred ? preferred.number - 1 : 0;
  const listed = namedPhases(phases, lang);
  const phase = listed[index];
  return (
    <div className={s.root}>
      {phases.length > 0 && (
        <Field label={t(lang, "phase.pane.picker")}>
          <Select value={String(index)} disabled={busy} onChange={(_, d) => setPicked({ among: phases, index: Number(d.value) })}>
            {listed.map((p, i) => (
              <option key={i} value={String(i)}>
                {t(lang, "phase.pane.option", { phase: p.name, from: formatDate(p.from, lang), to: formatDate(p.to, lang) })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        className={s.wrapButton} disabled={busy || !phase}
        onClick={() => phase && onReport({ kind: "phase", number: phase.number })}
      >
        {t(lang, "phase.pane.button")}
      </Button>
      {!phase && <span className={s.hint}>{t(lang, "phase.pane.noPhases")}</span>}
    </div>
  );
}
