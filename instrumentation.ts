// Runs once when a Next.js server starts: the background jobs (SLA warnings
// and escalations) start here. Several app instances may run them; each job
// takes a Postgres advisory lock, so one instance does the work at a time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobsEnabled, startScheduler } = await import("@/lib/jobs/scheduler");
  if (jobsEnabled()) startScheduler();
}
