// The held-out set (scripts/heldout): sheets worded and laid out as offices do, built apart from the team's
// corpus. A sheet may be refused, or read wrong with a warning the clerk sees; none may be wrong silently.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable, detectCampaignHints } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import * as hintsModule from "../../src/core/campaign-hints";
import { buildHeldout } from "../../scripts/heldout/build";
import { Engine, judge } from "../../scripts/heldout/judge";

const engine: Engine = {
  readQuotaTable,
  analyzeTable,
  detectCampaignHints,
  makeCampaign,
  // Branches that read the sheet's data date export this; older ones do not.
  readCampaignHints: (hintsModule as Record<string, unknown>).readCampaignHints as Engine["readCampaignHints"],
};

describe("held-out sheets", () => {
  const results = buildHeldout(150).map((c) => judge(c, engine));

  it("builds 150 sheets, about a quarter of them allocation tables", () => {
    expect(results).toHaveLength(150);
    const allocation = results.filter((r) => r.family.startsWith("allocation")).length;
    expect(allocation).toBeGreaterThan(25);
    expect(allocation).toBeLessThan(55);
  });

  it("is never wrong silently: a wrong read always comes with a warning", () => {
    const silent = results.filter((r) => r.verdict === "silent").map((r) => `${r.id} ${r.family}: ${r.problems.map((p) => p.text).join(" | ")}`);
    expect(silent).toEqual([]);
  });
});
