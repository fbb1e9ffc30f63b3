// Section 1: read the table (the whole used range or the selection); what was found comes in DetectedTable,
// loaded when the first table is found.
import * as React from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Mapping, QuotaTable } from "../../core/types";
import { t } from "../../core/messages";

const DetectedTable = React.lazy(() => import(/* webpackChunkName: "pane-table" */ "./DetectedTable"));

const useStyles = makeStyles({
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

export function DetectSection(p: Props) {
  const s = useStyles();
  const { lang, table } = p;
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
        <React.Suspense fallback={null}>
          <DetectedTable lang={lang} table={table} mapping={p.mapping} onMapping={p.onMapping} onGoTo={p.onGoTo} />
        </React.Suspense>
      )}
    </div>
  );
}
