// Load-measurement helpers shared by the benchmarks (scripts/bench.mjs,
// scripts/bench-staff.ts): latency percentiles of one route under autocannon,
// and the memory of the server under test.
import autocannon from "autocannon";
import fs from "node:fs";

/** The p-th percentile (nearest rank) of an ascending list; NaN when empty. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Resident memory of a process and its children (should the server fork workers), in MB. */
export function rssMb(pid) {
  let total = 0;
  const walk = (p) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = fs
        .readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      children.forEach(walk);
    } catch {
      /* gone */
    }
  };
  walk(pid);
  return Math.round(total / 1024);
}

/**
 * Runs autocannon with `opts` (url, connections, duration or amount, requests,
 * headers…) and returns the latency percentiles of every response it saw, with
 * a count per HTTP status: a run that measured redirects or errors shows it.
 */
export async function measureRoute(title, opts) {
  const latencies = [];
  const statuses = {};
  const instance = autocannon(opts);
  instance.on("response", (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    title,
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    statuses,
    errors: result.errors + result.timeouts,
  };
}
