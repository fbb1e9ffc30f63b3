// Section 2: the campaign's dates, day counting, thresholds and the as-of date.
import * as React from "react";
import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import { t, type MessageKey } from "../../core/messages";
import type { CampaignForm } from "../campaign-form";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Side by side only when there is room; at 320 px each field takes the full width (no label cut off).
  pair: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, "> *": { flex: "1 1 180px", minWidth: 0 } },
  input: { width: "100%", minWidth: 0 },
});

interface Props {
  lang: Lang;
  form: CampaignForm;
  onChange(form: CampaignForm): void;
}

export function CampaignSection({ lang, form, onChange }: Props) {
  const s = useStyles();
  const text = (key: keyof CampaignForm, label: MessageKey, placeholder?: string) => (
    <Field label={t(lang, label)}>
      <Input
        value={String(form[key])}
        placeholder={placeholder && t(lang, "pane.campaign.example", { value: placeholder })}
        name={key}
        className={s.input}
        onChange={(_, d) => onChange({ ...form, [key]: d.value })}
      />
    </Field>
  );
  return (
    <div className={s.stack}>
      {text("name", "pane.campaign.name")}
      <div className={s.pair}>
        {text("from", "pane.campaign.from", "01/8/2024")}
        {text("to", "pane.campaign.to", "30/10/2024")}
      </div>
      {text("nominalDays", "pane.campaign.nominalDays", "90")}
      <Field label={t(lang, "pane.campaign.dayCount")}>
        <RadioGroup
          value={form.dayCount}
          onChange={(_, d) => onChange({ ...form, dayCount: d.value as CampaignForm["dayCount"] })}
        >
          <Radio value="calendar" label={t(lang, "pane.campaign.calendar")} />
          <Radio value="working" label={t(lang, "pane.campaign.working")} />
        </RadioGroup>
      </Field>
      {text("holidays", "pane.campaign.holidays", "02/9/2024")}
      <div className={s.pair}>
        {text("onTrackPercent", "pane.campaign.onTrack")}
        {text("atRiskPercent", "pane.campaign.atRisk")}
      </div>
      {text("asOf", "pane.campaign.asOf")}
    </div>
  );
}
