// Runs once when a Next.js server starts: the background jobs (SLA warnings
// and escalations) start here. Several app instances may run them; each job
// takes a Postgres advisory lock, so one instance does the work at a time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { encryptLegacyTotpSecrets } = await import("@/lib/auth/encrypt-legacy-totp-secrets");
  // Not awaited and never fatal: a database that isn't up yet must not stop the
  // server; sign-in encrypts a clear secret at its next use anyway.
  encryptLegacyTotpSecrets().then(
    (count) => {
      if (count > 0) console.info(`[auth] encrypted ${count} TOTP secret(s) stored in clear`);
    },
    (error: unknown) =>
      console.error(
        `[auth] encrypting TOTP secrets stored in clear failed (tried again at the next start): ${error instanceof Error ? error.message : String(error)}`,
      ),
  );
  const { jobsEnabled, startScheduler } = await import("@/lib/jobs/scheduler");
  if (jobsEnabled()) startScheduler();
}
