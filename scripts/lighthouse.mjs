#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, the default) on every public page
// of the production build; prints performance and accessibility scores and
// exits non-zero when a page scores below 95 (performance) or 100 (accessibility).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveForMeasurement } from "./lib/serve-for-measurement.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PATHS = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      "/",
      "/hulp-nodig",
      "/ik-wil-helpen",
      "/aanbod",
      "/aanbod/de-keeting",
      "/getuigenissen",
      "/campagnes",
      "/actieplan",
      "/over-eenzaamheid",
      "/zoeken?q=wandelen",
      "/privacy",
      "/toegankelijkheid",
    ];
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

const server = await serveForMeasurement(root);
const rows = [];
try {
  for (const p of PATHS) {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules/lighthouse/cli/index.js"),
        server.url + p,
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance,accessibility",
        `--chrome-flags=${CHROME_FLAGS}`,
        "--quiet",
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (result.status !== 0) {
      rows.push({
        path: p,
        performance: NaN,
        accessibility: NaN,
        note: result.stderr.split("\n").slice(-3).join(" "),
      });
      continue;
    }
    const report = JSON.parse(result.stdout);
    const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const failing = Object.values(report.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          report.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
      )
      .map((a) => a.id);
    rows.push({
      path: p,
      performance: score("performance"),
      accessibility: score("accessibility"),
      lcp: report.audits["largest-contentful-paint"].displayValue,
      note: failing.join(", "),
    });
  }
} finally {
  await server.stop();
}

console.log("\nLighthouse (mobile)      performance  accessibility  LCP");
for (const r of rows) {
  console.log(
    `${r.path.padEnd(24)} ${String(r.performance).padStart(11)}  ${String(r.accessibility).padStart(13)}  ${r.lcp ?? ""}${r.note ? `  ${r.note}` : ""}`,
  );
}
const bad = rows.filter((r) => !(r.performance >= 95 && r.accessibility === 100));
console.log(
  bad.length
    ? `\n${bad.length} page(s) below target (performance ≥ 95, accessibility 100).`
    : "\nEvery page meets the target.",
);
process.exit(bad.length ? 1 : 0);
