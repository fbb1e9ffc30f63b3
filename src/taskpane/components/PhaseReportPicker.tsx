// "Báo cáo đợt" in the pane: the phases the sheet's title states (name and dates), the one the as-of day falls in
// chosen first, and the button writing that phase's report.
import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DaySerial, Lang, Phase } from "../../core/types";
import { t } from "../../core/messages";
import { formatDate, parseDayText } from "../../core/dates";
import { phaseForDay } from "../../core/history/phase-choice";
import type { Period } from "../../core/history/period";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

export interface PhaseReportPickerProps {
  lang: Lang;
  busy: boolean;
  /** As read from the sheet's title; empty when it states none. */
  phases: readonly Phase[];
  /** The as-of field as typed (the default phase is the one it falls in). */
  asOfText: string;
  onReport(period: Period): void;
}

/** The period of the plan's phase number `n` (from 1), named as the sheet names it. */
export function phasePeriod(phase: Phase, n: number, lang: Lang): Period {
  return { kind: "phase", name: phase.name || t(lang, "history.phase.name", { n: String(n) }), from: phase.from, to: phase.to };
}

export function PhaseReportPicker({ lang, busy, phases, asOfText, onReport }: PhaseReportPickerProps) {
  const s = useStyles();
  const asOf: DaySerial | null = parseDayText(asOfText.trim());
  const preferred = asOf === null ? null : phaseForDay(phases, asOf);
  // The clerk's pick stands until the phases read change; until then the as-of day's phase.
  const [picked, setPicked] = React.useState<{ among: readonly Phase[]; index: number } | null>(null);
  const index = picked?.among === phases ? picked.index : preferred ? preferred.number - 1 : 0;
  const label = (p: Phase, i: number) =>
    t(lang, "phase.pane.option", { phase: phasePeriod(p, i + 1, lang).name, from: formatDate(p.from, lang), to: formatDate(p.to, lang) });
  return (
    <div className={s.root}>
      {phases.length > 0 ? (
        <Field label={t(lang, "phase.pane.picker")}>
          <Select value={String(index)} disabled={busy} onChange={(_, d) => setPicked({ among: phases, index: Number(d.value) })}>
            {phases.map((p, i) => <option key={i} value={String(i)}>{label(p, i)}</option>)}
          </Select>
        </Field>
      ) : (
        <Text size={200}>{t(lang, "phase.pane.noPhases")}</Text>
      )}
      <Button
        className={s.wrapButton} disabled={busy || phases.length === 0}
        onClick={() => phases[index] && onReport(phasePeriod(phases[index], index + 1, lang))}
      >
        {t(lang, "phase.pane.button")}
      </Button>
    </div>
  );
}
