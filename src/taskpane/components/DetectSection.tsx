// Section 1: what was found, the warnings (a click selects the cell) and the corrections.
import * as React from "react";
import { Button, Checkbox, Dropdown, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Mapping, QuotaTable, Role } from "../../core/types";
import { ROLES } from "../../core/types";
import { t, type MessageKey } from "../../core/messages";
import { columnLetters } from "../../core/address";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  // A long Vietnamese warning wraps in regular weight; only the cell address stands out.
  warning: {
    whiteSpace: "normal", textAlign: "left", height: "auto", justifyContent: "flex-start", minWidth: 0,
    fontWeight: tokens.fontWeightRegular, paddingLeft: 0, paddingRight: 0,
  },
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

interface Props {
  lang: Lang;
  busy: boolean;
  selectionOnly: boolean;
  onSelectionOnly(v: boolean): void;
  table: QuotaTable | null;
  mapping: Mapping;
  onDetect(): void;
  onMapping(m: Mapping): void;
  onGoTo(cell: string): void;
}

const IGNORE = "ignore";

export function DetectSection(p: Props) {
  const s = useStyles();
  const { lang, table } = p;
  const columns = table
    ? table.measures.flatMap((m) => (Object.entries(m.columns) as [Role, number][]).map(([role, col]) => ({ measure: m, role, col })))
    : [];
  const setRole = (col: number, measureId: string, value: string) => {
    const columnRoles = { ...(p.mapping.columnRoles ?? {}) };
    columnRoles[col] = value === IGNORE ? null : { measureId, role: value as Role };
    p.onMapping({ ...p.mapping, columnRoles });
  };
  const setHeaderRows = (count: number) => {
    if (!table) return;
    const first = table.headerRows[0];
    p.onMapping({ ...p.mapping, headerRows: Array.from({ length: count }, (_, i) => first + i) });
  };
  return (
    <div className={s.stack}>
      <Checkbox
        checked={p.selectionOnly}
        onChange={(_, d) => p.onSelectionOnly(Boolean(d.checked))}
        label={t(lang, "pane.detect.selectionOnly")}
      />
      <Button appearance="primary" disabled={p.busy} onClick={p.onDetect}>
        {t(lang, "pane.detect.button")}
      </Button>
      {table && (
        <>
          <Text>{t(lang, "pane.detect.sheet", { sheet: table.sheet })}</Text>
          <Text>{t(lang, "pane.detect.units", { count: table.units.length, col: columnLetters(table.unitCol) })}</Text>
          <Text>
            {table.totals.length
              ? t(lang, "pane.detect.totalRow", { rows: table.totals.map((r) => r.row).join(", ") })
              : t(lang, "pane.detect.noTotal")}
          </Text>
          <Field label={t(lang, "pane.detect.headerRows")}>
            <Dropdown
              value={headerRowsText(table.headerRows[0], table.headerRows.length)}
              selectedOptions={[String(table.headerRows.length)]}
              onOptionSelect={(_, d) => setHeaderRows(Number(d.optionValue))}
            >
              {[1, 2, 3].map((n) => (
                <Option key={n} value={String(n)} text={headerRowsText(table.headerRows[0], n)}>
                  {headerRowsText(table.headerRows[0], n)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Text weight="semibold">{t(lang, "pane.detect.measures")}</Text>
          {columns.map(({ measure, role, col }) => (
            <Field key={col} label={`${t(lang, "pane.detect.columnRole", { col: columnLetters(col) })} · ${measure.label}`}>
              <Dropdown
                data-column={columnLetters(col)}
                value={t(lang, `pane.role.${role}`)}
                selectedOptions={[role]}
                onOptionSelect={(_, d) => setRole(col, measure.id, String(d.optionValue))}
              >
                {[...ROLES, IGNORE].map((r) => (
                  <Option key={r} value={r}>
                    {t(lang, r === IGNORE ? "pane.role.ignore" : (`pane.role.${r}` as MessageKey))}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
          {table.warnings.length > 0 && (
            <>
              <Text weight="semibold">{t(lang, "pane.detect.warnings")}</Text>
              <ul className={s.list}>
                {table.warnings.map((w, i) => (
                  <li key={i}>
                    {w.cell ? (
                      <Button
                        appearance="transparent"
                        className={s.warning}
                        title={t(lang, "pane.detect.goToCell", { cell: w.cell })}
                        onClick={() => p.onGoTo(w.cell!)}
                      >
                        <span>
                          <strong>{`${w.cell}: `}</strong>
                          {t(lang, w.msg)}
                        </span>
                      </Button>
                    ) : (
                      <Text>{t(lang, w.msg)}</Text>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}

function headerRowsText(first: number, count: number): string {
  return count === 1 ? `${first}` : `${first}–${first + count - 1}`;
}
