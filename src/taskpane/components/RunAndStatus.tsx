// The foot of a pane section that does one thing (allocate, gather): its button, then what came of it, one
// message bar per line inside a status region, so a screen reader reads the outcome out.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { Lang, Msg } from "../../core/types";
import { t } from "../../core/messages";

export type StatusLine = { intent: "success" | "error" | "warning" | "info"; m: Msg };

const useStyles = makeStyles({
  // A long Vietnamese label wraps instead of being cut off in the narrow pane.
  wrapButton: { whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

export function RunAndStatus({ lang, label, disabled, onRun, lines }: {
  lang: Lang;
  label: string;
  disabled: boolean;
  onRun: () => void;
  lines: StatusLine[];
}) {
  const s = useStyles();
  return (
    <>
      <Button appearance="primary" className={s.wrapButton} disabled={disabled} onClick={onRun}>
        {label}
      </Button>
      <div role="status">
        {lines.map((x, i) => (
          <MessageBar key={i} intent={x.intent}>
            <MessageBarBody>{t(lang, x.m)}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
    </>
  );
}
