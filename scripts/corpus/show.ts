// A case's sheet as text lines, for looking at what the generator made (score.ts --show ID).
import type { CorpusCase } from "./case-types";
import { figuresLine } from "./judge";

export function showCase(c: CorpusCase): string {
  const lines = c.grid.values.map((row, r) => `${String(r + 1).padStart(3)} | ${row.map((v) => (v === null ? "" : typeof v === "object" ? v.error : String(v).replace(/\n/g, "⏎"))).join(" | ")}`);
  const merges = c.grid.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).join(" ");
  const measures = c.expect.measures.map((m) => `  ${m.name} [${m.roles.join(", ")}] unit 1: ${figuresLine(m.figures[0])}`);
  return [`${c.id} (sheet "${c.grid.sheet}")`, ...lines, `merges: ${merges}`, "expected:", ...measures].join("\n");
}
