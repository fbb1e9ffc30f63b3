// "Tổng hợp": the sheets of this workbook that hold a table, and .xlsx files the clerk picks, gathered into a new
// sheet; the old → new names sheet and the district table are picked from the workbook's sheets.
import * as React from "react";
import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneSectionProps } from "../sections";
import { msg, t } from "../../core/messages";
import { consolidateInExcel, listSheets, type PickedFile } from "../../excel/consolidate";
import { clerkMessageFor } from "../../excel/errors";
import { useBusyAction } from "../busy-action";
import { RunAndStatus, type StatusLine } from "./RunAndStatus";
import { capabilities } from "../../excel/requirements";
import { reviewLines } from "../../core/consolidation/sheet";
import type { ConsolidationFinding } from "../../core/consolidation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  review: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, overflowWrap: "break-word" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", textAlign: "left", verticalAlign: "top" },
});

/** A picked file as base64 (the data URL without its head), read in the pane, never uploaded. */
function readBase64(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, "") });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Section of the pane (sections.ts); `busy`: the daily report's actions are running. */
export default function ConsolidationSection({ lang, busy: paneBusy }: PaneSectionProps) {
  const s = useStyles();
  // Before ExcelApi 1.13 no file can be opened from the pane: said up front, the workbook's sheets still gather.
  const canPickFiles = React.useMemo(() => capabilities().insertFiles, []);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [mappingSheet, setMappingSheet] = React.useState("");
  const [unitsSheet, setUnitsSheet] = React.useState("");
  const [files, setFiles] = React.useState<File[]>([]);
  const { busy, run: busyRun } = useBusyAction();
  const [lines, setLines] = React.useState<StatusLine[]>([]);
  // What the clerk must review (conflicts, near names, unknown names…): one short table, as on the written sheet.
  const [review, setReview] = React.useState<ConsolidationFinding[]>([]);

  const refresh = () => listSheets().then(setSheets, (e) => setLines([{ intent: "error", m: clerkMessageFor(e) }]));

  const run = async () => {
    setLines([]);
    setReview([]);
    await busyRun(async () => {
      const picked = await Promise.all(files.map(readBase64));
      const r = await consolidateInExcel({ lang, files: picked, mappingSheet: mappingSheet || undefined, unitsSheet: unitsSheet || undefined });
      if (!r.ok) {
        setLines([{ intent: "error", m: r.msg }]);
        return;
      }
      setLines([
        { intent: "success", m: msg("merge.pane.written", { sheet: r.sheetName, units: r.result.units.length }) },
        ...r.result.notes.map((m) => ({ intent: "info" as const, m })),
        ...r.skipped.map((m) => ({ intent: "warning" as const, m })),
        ...r.result.findings.filter((f) => f.severity === "warning" && !f.review).map((f) => ({ intent: "warning" as const, m: f.msg })),
      ]);
      setReview(r.result.findings.filter((f) => f.review));
    }, (m) => setLines([{ intent: "error", m }]));
  };

  const sheetPicker = (label: string, value: string, onChange: (v: string) => void) => (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} onFocus={() => sheets.length === 0 && void refresh()}>
        <option value="">{t(lang, "merge.pane.none")}</option>
        {sheets.map((n) => <option key={n} value={n}>{n}</option>)}
      </Select>
    </Field>
  );

  const reviewTable = (rows: { kind: string; unit: string; text: string }[]) => (
    <table className={s.review} data-testid="merge-review">
      <caption>{t(lang, "merge.review.title", { count: rows.length })}</caption>
      <thead>
        <tr>{(["merge.review.unit", "merge.review.kind", "merge.review.what"] as const).map((k) => <th key={k} className={s.cell}>{t(lang, k)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td className={s.cell}>{row.unit}</td>
            <td className={s.cell}>{row.kind}</td>
            <td className={s.cell}>{row.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className={s.root} aria-label={t(lang, "merge.pane.section")}>
      {canPickFiles ? (
        <Field label={t(lang, "merge.pane.files")} hint={t(lang, "merge.pane.filesHint")}>
          <input type="file" multiple accept=".xlsx" aria-label={t(lang, "merge.pane.files")} onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
        </Field>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, "merge.pane.noFiles")}</MessageBarBody>
        </MessageBar>
      )}
      {sheetPicker(t(lang, "merge.pane.mapping"), mappingSheet, setMappingSheet)}
      {sheetPicker(t(lang, "merge.pane.units"), unitsSheet, setUnitsSheet)}
      <RunAndStatus lang={lang} label={t(lang, "merge.pane.run")} disabled={busy || paneBusy} onRun={() => void run()} lines={lines} />
      {review.length > 0 && reviewTable(reviewLines(review, lang))}
    </section>
  );
}
