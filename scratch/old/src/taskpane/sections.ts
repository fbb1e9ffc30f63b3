// Pane sections after the three of the daily report (find the table, campaign, actions). Adding one is a
// component file (default export, props PaneSectionProps) and one row here: it gets the next number, a divider,
// and loads only when the pane first shows it, so the pane's first screen does not grow.
import * as React from "react";
import type { Lang, QuotaTable } from "../core/types";
import type { MessageKey } from "../core/messages";

export interface PaneSectionProps {
  lang: Lang;
  /** The table found by section 1, if any. */
  table: QuotaTable | null;
  busy: boolean;
}

export interface PaneSection {
  id: string;
  title: MessageKey;
  component: React.LazyExoticComponent<React.ComponentType<PaneSectionProps>>;
}

export const MORE_SECTIONS: PaneSection[] = [
  {
    id: "allocation",
    title: "alloc.pane.section",
    component: React.lazy(() => import(/* webpackChunkName: "pane-allocation" */ "./components/AllocationSection")),
  },
  {
    id: "consolidation",
    title: "merge.pane.section",
    component: React.lazy(() => import(/* webpackChunkName: "pane-consolidation" */ "./components/ConsolidationSection")),
  },
];
