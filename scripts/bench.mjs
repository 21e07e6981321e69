#!/usr/bin/env node
// `npm run bench`: load figures for the production build on a throwaway
// embedded Postgres with the demo content. Prints requests/s and latency
// percentiles for `/`, `/aanbod` and the "Hulp nodig?" form submission (a
// no-JavaScript POST, each one a new request stored in Postgres), and the
// server's memory. Figures, not pass/fail: compare them between changes.
//   node scripts/bench.mjs [--seconds 10] [--connections 10]
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { measureRoute, rssMb } from "./lib/measure.mjs";
import { MEASUREMENT_SECRET, serveForMeasurement } from "./lib/serve-for-measurement.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg("seconds", 10);
const CONNECTIONS = arg("connections", 10);
const run = (title, opts) => measureRoute(title, { connections: CONNECTIONS, duration: SECONDS, ...opts });

/** The hidden fields React renders into the no-JS form (action id, bound state). */
function hiddenFields(html) {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? "";
  const fields = [];
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1];
    if (!/type="hidden"/.test(attrs)) continue;
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? "";
    if (name)
      fields.push([name.replace(/&amp;/g, "&"), value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  return fields;
}

function formToken(purpose) {
  // Issued 10 s ago: a person filling in the form, not a bot (minimum fill time).
  const issuedAt = Date.now() - 10_000;
  const nonce = crypto.randomBytes(16).toString("base64url");
  const sig = crypto
    .createHmac("sha256", MEASUREMENT_SECRET)
    .update(`${purpose}.${issuedAt}.${nonce}`)
    .digest("base64url");
  return `${issuedAt}.${nonce}.${sig}`;
}

function multipart(fields) {
  const boundary = `----tezamenbench${crypto.randomBytes(8).toString("hex")}`;
  const body =
    fields
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

// The benchmark plays a proxy of our own (TRUSTED_PROXY_HOPS=1) so each form
// post can come from its own client, as below.
const server = await serveForMeasurement(root, { env: { TRUSTED_PROXY_HOPS: "1" } });
const results = [];
try {
  // Warm up: the first render of each route compiles nothing in production, but fills caches.
  for (const p of ["/", "/aanbod", "/hulp-nodig"]) await fetch(server.url + p);

  results.push(await run("GET /", { url: server.url + "/" }));
  results.push(await run("GET /aanbod", { url: server.url + "/aanbod" }));

  const html = await (await fetch(server.url + "/hulp-nodig")).text();
  const hidden = hiddenFields(html).filter(([name]) => name !== "formToken");
  let n = 0;
  results.push(
    await run("POST /hulp-nodig (form)", {
      url: server.url + "/hulp-nodig",
      requests: [
        {
          method: "POST",
          setupRequest(req) {
            n += 1;
            const { body, contentType } = multipart([
              ...hidden,
              ["formToken", formToken("help-request")],
              ["requestFor", "SELF"],
              ["firstName", "Bench"],
              ["phone", `0470 ${String(100000 + (n % 900000)).replace(/(\d{2})(\d{2})(\d{2})/, "$1 $2 $3")}`],
              ["needs", "CHAT_OR_CALL"],
              ["language", "nl"],
              ["bestTimeToCall", "ANY"],
              ["consent", "yes"],
            ]);
            // A different client each time: the per-client rate limit is not what we measure.
            return {
              ...req,
              body,
              headers: {
                ...req.headers,
                "content-type": contentType,
                "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
              },
            };
          },
        },
      ],
    }),
  );
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  const stored = (
    await client.query(`SELECT count(*)::int AS n FROM "HelpRequest" WHERE "channel" = 'WEBSITE'`)
  ).rows[0].n;
  await client.end();
  const confirmed = results.at(-1).statuses[303] ?? 0;
  results.push({ title: "requests stored by the form run (should equal the 303s)", requests: stored });
  // Requests still in flight when the run ends are stored without their answer being counted: at most one per connection.
  if (stored < confirmed || stored > confirmed + CONNECTIONS)
    console.warn(`Warning: ${confirmed} confirmations but ${stored} requests stored.`);
  results.push({ title: "server memory after the runs (RSS, MB)", requests: rssMb(server.pid) });
} finally {
  await server.stop();
}

console.log(
  `\nLoad benchmark: ${CONNECTIONS} connections, ${SECONDS} s per route, production build, ${new Date().toISOString()}`,
);
console.log("route                          requests   req/s   p50 ms   p95 ms   p99 ms   statuses");
for (const r of results) {
  if (r.rps === undefined) {
    console.log(`${r.title.padEnd(38)} ${r.requests}`);
    continue;
  }
  const statuses = Object.entries(r.statuses)
    .map(([s, c]) => `${s}×${c}`)
    .join(" ");
  console.log(
    `${r.title.padEnd(30)} ${String(r.requests).padStart(8)} ${String(r.rps).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.p99).padStart(8)}   ${statuses}${r.errors ? `  errors ${r.errors}` : ""}`,
  );
}
