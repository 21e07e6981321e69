// `npm run bench:staff`: response times of the staff area with 100,000 help
// requests. Seeds them into a throwaway embedded Postgres (or into an empty
// BENCH_DATABASE_URL, which is kept and reused on the next run), signs a
// coordinator in, serves the production build and measures the queue
// (unfiltered, filtered, searched), a request's page and "Vandaag". Prints
// p50/p95/p99 per page against the 200 ms target of issue 3: figures, not a test.
//   tsx scripts/bench-staff.ts [--requests 100000] [--samples 200] [--connections 1]
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "next-auth/jwt";
import { hashPassword } from "../lib/auth/password";
import { ABSOLUTE_TIMEOUT_MS, createStaffSession } from "../lib/auth/staff-sessions";
import { generateTotpSecret } from "../lib/auth/totp";
import { createPrismaClient } from "../lib/db";
import type { StaffRole } from "../lib/generated/prisma/enums";
import { seedBulkRequests } from "./lib/bulk-requests";
import { measureRoute, rssMb, type RouteFigures } from "./lib/measure.mjs";
import { MEASUREMENT_SECRET, serveForMeasurement } from "./lib/serve-for-measurement.mjs";

const started = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg("requests", 100_000);
const SAMPLES = arg("samples", 200);
const CONNECTIONS = arg("connections", 1);
const TARGET_MS = 200;
// The Auth.js session cookie over plain HTTP; its name is also the JWT's salt.
const SESSION_COOKIE = "authjs.session-token";
const BENCH_EMAIL_DOMAIN = "bench.tezamen.example";
const log = (message: string) => console.log(`[bench:staff] ${message}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The staff who get requests assigned; the first coordinator is the one who signs in. */
const STAFF: { role: StaffRole; count: number }[] = [
  { role: "COORDINATOR", count: 8 },
  { role: "VOLUNTEER_COORDINATOR", count: 2 },
  { role: "ADMIN", count: 1 },
];

async function prepare(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    const existing = await db.helpRequest.count();
    if (
      existing >= REQUESTS &&
      (await db.staffUser.count({ where: { email: { endsWith: BENCH_EMAIL_DOMAIN } } }))
    ) {
      log(`The database already holds ${existing} requests: seeding skipped.`);
      return;
    }
    if (existing > 0)
      throw new Error(
        `The database holds ${existing} requests of its own; the benchmark needs an empty one.`,
      );
    const t = performance.now();
    const passwordHash = await hashPassword("bench-not-a-real-password");
    const staff = STAFF.flatMap(({ role, count }) =>
      Array.from({ length: count }, (_, i) => ({
        email: `${role.toLowerCase()}-${i}@${BENCH_EMAIL_DOMAIN}`,
        name: `Bench ${role.toLowerCase()} ${i}`,
        role,
        passwordHash,
        // Enrolled: without a second factor every staff page redirects to enrolment.
        totpSecret: generateTotpSecret(),
        totpEnabledAt: new Date(),
      })),
    );
    await db.staffUser.createMany({ data: staff });
    const assignees = await db.staffUser.findMany({
      where: { email: { endsWith: BENCH_EMAIL_DOMAIN }, role: { not: "ADMIN" } },
      orderBy: { email: "asc" },
      select: { id: true },
    });
    const seeded = await seedBulkRequests(databaseUrl, {
      count: REQUESTS,
      assigneeIds: assignees.map((s) => s.id),
      log: (m) => log(`  ${m}`),
    });
    log(
      `Seeded ${seeded.requests} requests, ${seeded.persons} persons, ${seeded.reporters} reporters, ` +
        `${seeded.timelineEvents} timeline events, ${seeded.followUps} follow-ups in ${seconds(t)} (VACUUM ANALYZEd).`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** "+32470123456" as people say it: "0470 12 34 56" (mobile) or "015 12 34 56". */
function writtenPhone(e164: string): string {
  const national = `0${e164.slice(3)}`;
  const head = national.length === 10 ? 4 : 3;
  return [national.slice(0, head), ...(national.slice(head).match(/\d\d/g) ?? [])].join(" ");
}

const pickFrom =
  <T>(items: T[]) =>
  () =>
    items[Math.floor(Math.random() * items.length)]!;

log(`Preparing: ${REQUESTS} requests, production build…`);
const server = await serveForMeasurement(root, {
  databaseUrl: process.env.BENCH_DATABASE_URL,
  demo: false,
  prepare,
  log,
});
const db = createPrismaClient(server.databaseUrl);
const results: (RouteFigures & { shows: string })[] = [];
let rss = 0;
try {
  const coordinator = await db.staffUser.findUniqueOrThrow({
    where: { email: `coordinator-0@${BENCH_EMAIL_DOMAIN}` },
  });
  // A real server-side session, in the encrypted cookie Auth.js would set at sign-in.
  const sessionToken = await createStaffSession(coordinator.id, { userAgent: "tezamen-bench" }, { db });
  const jwt = await encode({
    token: { sub: coordinator.id, sessionToken, role: coordinator.role },
    secret: MEASUREMENT_SECRET,
    salt: SESSION_COOKIE,
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
  const headers = { cookie: `${SESSION_COOKIE}=${jwt}`, "user-agent": "tezamen-bench" };

  // What the pages are asked for: random picks from the seeded set.
  const hoods = (await db.neighbourhood.findMany({ select: { id: true } })).map((n) => n.id);
  const requestIds = (
    await db.$queryRaw<{ id: string }[]>`SELECT id FROM "HelpRequest" ORDER BY random() LIMIT 1000`
  ).map((r) => r.id);
  const phones = (
    await db.$queryRaw<{ phoneE164: string }[]>`
      SELECT "phoneE164" FROM "Person" WHERE "phoneE164" IS NOT NULL ORDER BY random() LIMIT 500`
  ).map((p) => writtenPhone(p.phoneE164));
  const lastNames = (
    await db.$queryRaw<
      { lastName: string }[]
    >`SELECT DISTINCT "lastName" FROM "Person" WHERE "lastName" IS NOT NULL`
  ).map((p) => p.lastName);
  const q = (params: Record<string, string>) => `/beheer/aanvragen?${new URLSearchParams(params)}`;
  const pages: { title: string; path: () => string }[] = [
    // The floor: one trivial query, no page to render; shows how busy the machine is.
    { title: "Floor: /api/health (SELECT 1)", path: () => "/api/health" },
    { title: "Queue, unfiltered (open requests)", path: () => "/beheer/aanvragen" },
    {
      title: "Queue: NEW + neighbourhood + overdue",
      path: () => q({ status: "NEW", neighbourhoodId: pickFrom(hoods)(), overdue: "1" }),
    },
    { title: "Queue: status CLOSED (most rows)", path: () => q({ status: "CLOSED" }) },
    { title: "Queue: search by last name", path: () => q({ q: pickFrom(lastNames)() }) },
    { title: "Queue: search by phone", path: () => q({ q: pickFrom(phones)() }) },
    { title: "Request detail (random ids)", path: () => `/beheer/aanvragen/${pickFrom(requestIds)()}` },
    { title: "Vandaag (/beheer)", path: () => "/beheer" },
  ];

  for (const page of pages) {
    // A check first: a benchmark of redirects to /login or of error pages is worthless.
    const probe = await fetch(server.url + page.path(), { headers, redirect: "manual" });
    const html = await probe.text();
    if (probe.status !== 200)
      throw new Error(`${page.title}: HTTP ${probe.status} ${probe.headers.get("location") ?? ""}`);
    const text = (re: RegExp) =>
      re
        .exec(html)?.[1]
        ?.replace(/<[^>]*>/g, "")
        .trim();
    const shows = `${text(/role="status"[^>]*>(.*?)<\/p>/s) ?? text(/<h1[^>]*>(.*?)<\/h1>/s) ?? html.slice(0, 40)} (${Math.round(html.length / 1024)} KB)`;
    for (let i = 0; i < 5; i++) await fetch(server.url + page.path(), { headers, redirect: "manual" });
    log(`Measuring ${page.title}…`);
    const figures = await measureRoute(page.title, {
      url: server.url,
      connections: CONNECTIONS,
      amount: SAMPLES,
      headers,
      requests: [{ setupRequest: (req) => ({ ...req, path: page.path() }) }],
    });
    results.push({ ...figures, shows });
  }
  rss = rssMb(server.pid);
} finally {
  await db.$disconnect();
  await server.stop();
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `\nStaff benchmark, ${new Date().toISOString()}: ${REQUESTS} requests seeded, production build.\n` +
    `Times are end-to-end HTTP latency on localhost (server time plus a loopback round trip),\n` +
    `${SAMPLES} requests per page over ${CONNECTIONS} connection(s), signed in as a coordinator. Target: p95 < ${TARGET_MS} ms.\n` +
    `Machine: ${os.availableParallelism()} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (1/5/15 min) at the end.\n`,
);
console.log(
  `${"page".padEnd(38)} requests   p50 ms   p95 ms   p99 ms  p95<${TARGET_MS}  non-200  page shows`,
);
let failed = 0;
for (const r of results) {
  const other = Object.entries(r.statuses).filter(([s]) => s !== "200");
  const nonOk = other.reduce((n, [, c]) => n + c, 0) + r.errors;
  failed += nonOk;
  console.log(
    `${r.title.padEnd(38)} ${pad(r.requests, 8)} ${pad(r.p50, 8)} ${pad(r.p95, 8)} ${pad(r.p99, 8)}  ${(r.p95 < TARGET_MS ? "yes" : "NO").padEnd(7)} ${pad(nonOk, 7)}  ${r.shows}` +
      (other.length ? `  (${other.map(([s, c]) => `${s}×${c}`).join(" ")})` : ""),
  );
}
console.log(`\nServer memory after the runs (RSS, the server and any children): ${rss} MB`);
console.log(`Wall time of the whole benchmark: ${seconds(started)}`);
if (failed > 0) {
  console.error(`${failed} responses were not 200: the figures above do not measure the pages.`);
  process.exitCode = 1;
}
