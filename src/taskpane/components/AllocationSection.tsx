// "Phân bổ chỉ tiêu": pick the base column of the detected table, type the total (and the days, a minimum),
// and a new sheet gets the allocation table in the offices' layout, adding up exactly.
import * as React from "react";
import { Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, QuotaTable, Role } from "../../core/types";
import type { PaneSectionProps } from "../sections";
import { ROLES } from "../../core/types";
import { msg, t } from "../../core/messages";
import { parseNumber } from "../../core/numbers";
import { columnLetters } from "../../core/address";
import { allocateInExcel } from "../../excel/allocate";
import { allocationOffers } from "../../core/allocation/sheet-check";
import { useBusyAction } from "../busy-action";
import { RunAndStatus, type StatusLine } from "./RunAndStatus";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

function baseChoices(table: QuotaTable | null, lang: Lang): { value: string; text: string }[] {
  if (!table) return [];
  return table.measures.flatMap((m) => ROLES.filter((r: Role) => m.columns[r] !== undefined && r !== "rate").map((r) => {
    const col = columnLetters(m.columns[r] as number);
    return { value: col, text: `${col}: ${m.label} (${t(lang, `pane.role.${r}`)})` };
  }));
}

/** A whole number ≥ 0 typed the clerk's way ("16.460"), or null. */
function whole(text: string): number | null {
  if (text.trim() === "") return null;
  const n = parseNumber(text, { kind: "count" });
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/** Section of the pane (sections.ts); `busy`: the daily report's actions are running. */
export default function AllocationSection({ lang, table, busy: paneBusy }: PaneSectionProps) {
  const s = useStyles();
  const choices = baseChoices(table, lang);
  const [base, setBase] = React.useState<string>("");
  const [total, setTotal] = React.useState("");
  const [days, setDays] = React.useState("");
  const [minimum, setMinimum] = React.useState("");
  const { busy, run: busyRun } = useBusyAction();
  const [messages, setMessages] = React.useState<StatusLine[]>([]);
  // The sheet's own figures that do not add up, with the figures that would (days: typed, else the total row's).
  const offers = React.useMemo(() => (table ? allocationOffers(table, whole(days)) : []), [table, days]);

  const run = async () => {
    const n = whole(total);
    if (!table) return setMessages([{ intent: "error", m: msg("pane.error.detectFirst") }]);
    if (n === null) return setMessages([{ intent: "error", m: msg("alloc.pane.badTotal", { value: total }) }]);
    setMessages([]);
    await busyRun(async () => {
      const r = await allocateInExcel({
        sheet: table.sheet, total: n, baseCol: base || choices[0]?.value, days: whole(days), minimum: whole(minimum) ?? undefined, lang,
      });
      if (!r.ok) setMessages([{ intent: "error", m: r.msg }]);
      else {
        setMessages([
          { intent: "success", m: msg("alloc.pane.written", { sheet: r.sheetName }) },
          ...r.plan.notes.map((m) => ({ intent: "info" as const, m })),
          ...r.skipped.map((m) => ({ intent: "warning" as const, m })),
        ]);
      }
    }, (m) => setMessages([{ intent: "error", m }]));
  };

  return (
    <section className={s.root} aria-label={t(lang, "alloc.pane.section")}>
      {offers.map((f, i) => (
        <MessageBar key={`offer-${i}`} intent="warning">
          <MessageBarBody>{t(lang, f.msg)}</MessageBarBody>
        </MessageBar>
      ))}
      <Field label={t(lang, "alloc.pane.base")} hint={table ? undefined : t(lang, "pane.error.detectFirst")}>
        <Select value={base || choices[0]?.value || ""} onChange={(_, d) => setBase(d.value)} disabled={!table}>
          {choices.map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
        </Select>
      </Field>
      <Field label={t(lang, "alloc.pane.total")} required>
        <Input inputMode="numeric" value={total} onChange={(_, d) => setTotal(d.value)} />
      </Field>
      <Field label={t(lang, "alloc.pane.days")}>
        <Input inputMode="numeric" value={days} onChange={(_, d) => setDays(d.value)} />
      </Field>
      <Field label={t(lang, "alloc.pane.minimum")}>
        <Input inputMode="numeric" value={minimum} onChange={(_, d) => setMinimum(d.value)} />
      </Field>
      <RunAndStatus lang={lang} label={t(lang, "alloc.pane.run")} disabled={busy || paneBusy || !table} onRun={() => void run()} lines={messages} />
    </section>
  );
}
