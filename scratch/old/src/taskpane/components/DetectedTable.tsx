// Section 1, once a table is found: what was found, the warnings (a click selects the cell) and the corrections.
// Loaded when the first table is found: its Dropdowns are not needed on the pane's first screen.
import * as React from "react";
import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
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
});

export interface DetectedTableProps {
  lang: Lang;
  table: QuotaTable;
  mapping: Mapping;
  onMapping(m: Mapping): void;
  onGoTo(cell: string): void;
}

const IGNORE = "ignore";

export default function DetectedTable(p: DetectedTableProps) {
  const s = useStyles();
  const { lang, table } = p;
  const columns = table.measures.flatMap((m) => (Object.entries(m.columns) as [Role, number][]).map(([role, col]) => ({ measure: m, role, col })));
  const setRole = (col: number, measureId: string, value: string) => {
    const columnRoles = { ...(p.mapping.columnRoles ?? {}) };
    columnRoles[col] = value === IGNORE ? null : { measureId, role: value as Role };
    p.onMapping({ ...p.mapping, columnRoles });
  };
  const setHeaderRows = (count: number) => {
    const first = table.headerRows[0];
    p.onMapping({ ...p.mapping, headerRows: Array.from({ length: count }, (_, i) => first + i) });
  };
  return (
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
            value={t(lang, `pane.role.${role}` as MessageKey)}
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
  );
}

function headerRowsText(first: number, count: number): string {
  return count === 1 ? `${first}` : `${first}–${first + count - 1}`;
}
