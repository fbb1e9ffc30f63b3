// Which measure the colours, the ranking and the report follow; "all" reports every measure and colours the first.
import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { Lang, Measure } from "../../core/types";
import { t } from "../../core/messages";

const ALL = "*";

const useStyles = makeStyles({
  // Long Vietnamese labels ("Cấp CCCD › Đã cấp") wrap instead of being cut at 320 px.
  dropdown: { width: "100%", minWidth: 0 },
  button: { whiteSpace: "normal", textAlign: "left", overflowWrap: "anywhere" },
});

interface Props {
  lang: Lang;
  measures: Measure[];
  measureId: string | undefined;
  onChange(measureId: string | undefined): void;
}

export default function MeasurePicker({ lang, measures, measureId, onChange }: Props) {
  const s = useStyles();
  const chosen = measures.find((m) => m.id === measureId);
  const allText = t(lang, "pane.measure.all");
  return (
    <Field label={t(lang, "pane.measure.label")} hint={chosen ? undefined : t(lang, "pane.measure.allHint")}>
      <Dropdown
        className={s.dropdown}
        button={{ className: s.button }}
        data-testid="measure"
        value={chosen ? chosen.label : allText}
        selectedOptions={[chosen ? chosen.id : ALL]}
        onOptionSelect={(_, d) => onChange(d.optionValue === ALL ? undefined : d.optionValue)}
      >
        <Option value={ALL} text={allText}>{allText}</Option>
        {measures.map((m) => (
          <Option key={m.id} value={m.id} text={m.label}>{m.label}</Option>
        ))}
      </Dropdown>
    </Field>
  );
}
