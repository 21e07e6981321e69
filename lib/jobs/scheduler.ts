// A small in-process scheduler for the background jobs, coordinated through
// Postgres so any number of app instances can run it: every minute each
// instance tries each job, and a transaction-scoped advisory lock
// (pg_try_advisory_xact_lock) lets exactly one instance run a given job at a
// time — the others skip that round. The lock goes away with the
// transaction, also when an instance dies mid-job, so nothing stays stuck.
//
// Jobs must be idempotent (the SLA alerts claim each alert with a
// conditional UPDATE; outbox delivery uses SKIP LOCKED): a lock only stops
// two runs from overlapping, it does not promise one run per minute across
// instances. A job queue such as pg-boss would add retries and a job table
// that these few idempotent jobs don't need.
//
// Started from instrumentation.ts: `const scheduler = startScheduler({ db })`,
// and `await scheduler.stop()` on shutdown. Nothing under lib/jobs imports
// "server-only": instrumentation.ts is outside the React server graph.
import { systemClock, type Clock } from "@/lib/clock";
import { prisma, type Db } from "@/lib/db";
import { clearExpiredMailSecrets } from "@/lib/mail/mail-secrets";
import { deliverOutbox, mailTransportFromEnv } from "@/lib/mail/send-mail";
import { runLinkReminders } from "./link-reminders";
import { runSlaAlerts } from "./sla-alerts";

export interface ScheduledJob {
  /** Also the advisory lock's key (hashed): the same name is the same job on every instance. */
  name: string;
  run: (ctx: { db: Db; now: Date }) => Promise<unknown>;
  /** Longest a run may take before its transaction (and lock) is ended. Default 5 minutes. */
  timeoutMs?: number;
}

export type JobOutcome = "ran" | "skipped" | "failed";

/** First key of the two-key advisory lock: keeps our locks apart from anyone else's. */
export const JOB_LOCK_NAMESPACE = 7_426_036;

/** The jobs of this application. */
export function defaultJobs(): ScheduledJob[] {
  return [
    { name: "sla-alerts", run: ({ db, now }) => runSlaAlerts({ db, now }) },
    { name: "link-reminders", run: ({ db, now }) => runLinkReminders({ db, now }) },
    {
      name: "deliver-outbox",
      run: ({ db, now }) => deliverOutbox({ db, now, transport: mailTransportFromEnv() }),
    },
    // After delivery, so a secret due now still goes out if it can; then no copy is kept.
    { name: "clear-mail-secrets", run: ({ db, now }) => clearExpiredMailSecrets({ db, now }) },
  ];
}

/**
 * Runs a job once if no other instance is running it now: "ran", "skipped"
 * (someone else holds the lock) or "failed" (the job threw; logged without
 * details that could hold personal data).
 */
export async function runJobWithLock(db: Db, job: ScheduledJob, now: Date): Promise<JobOutcome> {
  try {
    return await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${JOB_LOCK_NAMESPACE}::int, hashtext(${job.name})) AS "locked"`;
        if (!row?.locked) return "skipped" as const;
        // The job uses its own connections and transactions; this one only holds the lock.
        await job.run({ db, now });
        return "ran" as const;
      },
      { timeout: job.timeoutMs ?? 5 * 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : typeof error;
    console.error(`[jobs] ${job.name} failed: ${message}`);
    return "failed";
  }
}

export interface Scheduler {
  /** Runs every job once now (waits for a round already under way first). */
  runOnce(): Promise<Record<string, JobOutcome>>;
  /** Stops the timer and waits for the round under way. */
  stop(): Promise<void>;
}

/** Jobs run unless TEZAMEN_JOBS=off (e.g. for a second process against the same database that must stay quiet). */
export function jobsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.TEZAMEN_JOBS !== "off";
}

export function startScheduler({
  db = prisma,
  jobs = defaultJobs(),
  intervalMs = 60_000,
  firstRunAfterMs = 5_000,
  clock = systemClock,
}: {
  db?: Db;
  jobs?: ScheduledJob[];
  intervalMs?: number;
  /** The first round waits a little, so it doesn't slow the start of the server. */
  firstRunAfterMs?: number;
  clock?: Clock;
} = {}): Scheduler {
  let current: Promise<Record<string, JobOutcome>> | null = null;
  let stopped = false;

  const round = async (): Promise<Record<string, JobOutcome>> => {
    const outcomes: Record<string, JobOutcome> = {};
    for (const job of jobs) outcomes[job.name] = await runJobWithLock(db, job, clock());
    return outcomes;
  };
  const tick = () => {
    if (stopped || current) return; // a slow round is not overtaken by the next one
    current = round().finally(() => {
      current = null;
    });
  };

  const first = setTimeout(tick, firstRunAfterMs);
  const timer = setInterval(tick, intervalMs);
  first.unref?.();
  timer.unref?.();

  return {
    async runOnce() {
      while (current) await current.catch(() => undefined);
      const run = round().finally(() => {
        current = null;
      });
      current = run;
      return run;
    },
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      if (current) await current.catch(() => undefined);
    },
  };
}
