// The ranked units with status badges.
import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Status, TableAnalysis } from "../../core/types";
import { t } from "../../core/messages";
import { statusLabel } from "../../core/progress";
import { formatPercent } from "../../core/numbers";
import { rankUnits } from "../../core/report/rank";
import { pickMeasures } from "../../core/report/measures";
import { gapText } from "../../core/report/rate-words";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "6px" },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  name: { flexGrow: 1, minWidth: "120px", overflowWrap: "anywhere" },
  gap: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

const COLOUR: Record<Status, "success" | "warning" | "danger" | "informative" | "subtle"> = {
  complete: "success",
  "on-track": "success",
  "at-risk": "warning",
  behind: "danger",
  "not-started": "informative",
  unknown: "subtle",
};

export default function Results({ lang, analysis, measureId }: { lang: Lang; analysis: TableAnalysis; measureId?: string }) {
  const s = useStyles();
  // The picker may name a measure this (older) analysis lacks: rank the first reportable one then.
  const measure = analysis.table.measures.find((m) => m.id === measureId) ?? pickMeasures(analysis)[0];
  if (!measure) return null;
  const ranked = rankUnits(analysis, measure.id);
  return (
    <section aria-label={t(lang, "pane.results.section")}>
      <Text weight="semibold">{`${t(lang, "pane.results.section")} · ${measure.label}`}</Text>
      <ol className={s.list} data-testid="ranked">
        {ranked.map((u, i) => {
          const p = u.values[measure.id];
          // A rate measure shows the unit's share and what it still misses for its target share (core's words);
          // its completion (share ÷ target share) would read as a share of its own.
          const rate = measure.kind === "rate" ? p?.rate?.rate : undefined;
          const figure = measure.kind === "rate"
            ? (typeof rate === "number" ? formatPercent(rate, lang, 1) : "–")
            : p?.completion === null || p?.completion === undefined ? "–" : formatPercent(p.completion, lang);
          const gap = measure.kind === "rate" ? gapText(p, lang) : "";
          return (
            <li key={`${u.name}-${u.row}`} className={s.item}>
              <Text className={s.name}>{`${i + 1}. ${u.name}`}</Text>
              <Text>{figure}</Text>
              <Badge appearance="tint" color={COLOUR[p?.status ?? "unknown"]}>
                {statusLabel(p?.status ?? "unknown", lang)}
              </Badge>
              {gap && <Text size={200} className={s.gap}>{gap}</Text>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
