// The real engine, wired for the faces (pane and ribbon commands).
import { readQuotaTable } from "../core/read";
import { analyzeTable } from "../core/analyze";
import { buildReport } from "../core/report/build";
import { chatSummary } from "../core/report/chat-text";
import { buildColourRules } from "../core/colour";
import type { Engine } from "./engine";

export const liveEngine: Engine = {
  readQuotaTable,
  analyzeTable,
  buildReport,
  buildColourPlan: (analysis, options) => buildColourRules(analysis, options),
  chatSummary,
};
