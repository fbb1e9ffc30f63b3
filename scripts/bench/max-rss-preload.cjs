// Loaded with `node --require` into the spawned quota-report: at exit, write the process's peak resident
// memory (process.resourceUsage().maxRSS, kilobytes) and its CPU time (user + system, milliseconds, all threads)
// to the file named by BENCH_MAX_RSS_FILE, separated by a space.
const fs = require("fs");
process.on("exit", () => {
  const file = process.env.BENCH_MAX_RSS_FILE;
  const use = process.resourceUsage();
  if (file) fs.writeFileSync(file, `${use.maxRSS} ${Math.round((use.userCPUTime + use.systemCPUTime) / 1000)}`);
});
