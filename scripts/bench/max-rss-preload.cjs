// Loaded with `node --require` into the spawned quota-report: at exit, write the process's peak resident
// memory (process.resourceUsage().maxRSS, kilobytes) to the file named by BENCH_MAX_RSS_FILE.
const fs = require("fs");
process.on("exit", () => {
  const file = process.env.BENCH_MAX_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
