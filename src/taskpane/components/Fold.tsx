// A section of the pane that folds away: a heading whose button says whether it is open (aria-expanded), and the
// body shown only when open. Which sections are open lives in the pane's state (pane-state.ts), so a folded
// section keeps what was typed in it. Written here rather than taken from Fluent's Accordion, whose motion
// library would add some 20 KB gzipped to the pane's first load for one chevron.
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  heading: { margin: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  button: { width: "100%", justifyContent: "flex-start", whiteSpace: "normal", height: "auto", minHeight: "36px", textAlign: "start" },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0` },
});

interface Props {
  id: string;
  title: string;
  open: boolean;
  onToggle(id: string): void;
  children: React.ReactNode;
}

export function Fold({ id, title, open, onToggle, children }: Props) {
  const s = useStyles();
  return (
    <section>
      <h2 className={s.heading} id={`pane-section-${id}`} tabIndex={-1}>
        <Button appearance="subtle" className={s.button} aria-expanded={open} aria-controls={`pane-fold-${id}`} onClick={() => onToggle(id)}>
          <span aria-hidden="true">{open ? "▾\u00a0" : "▸\u00a0"}</span>
          {title}
        </Button>
      </h2>
      {open && <div id={`pane-fold-${id}`} className={s.body}>{children}</div>}
    </section>
  );
}
