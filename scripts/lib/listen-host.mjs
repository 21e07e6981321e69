// Where the app's server (scripts/serve.mjs) listens. The embedded demo database has accounts whose
// password is in the README (ADMIN included, no second factor needed), so the
// demo listens on this machine only unless HOST says otherwise, and then says
// loudly who can sign in. With DATABASE_URL (production) nothing changes:
// Next's default, every interface.

/** The demo accounts, as loaded by prisma/seed/demo-staff.ts (a unit test keeps the two in step). */
export const DEMO_ACCOUNTS = [
  "admin@demo.tezamen.example (ADMIN)",
  "onthaal@demo.tezamen.example",
  "vrijwilligers@demo.tezamen.example",
  "redactie@demo.tezamen.example",
  "rapportage@demo.tezamen.example",
];

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

export function isLoopbackHost(host) {
  return LOOPBACK.test(host);
}

/**
 * Where to listen (undefined: Next's default), the arguments that say so to
 * scripts/serve.mjs, and a warning to print, or null.
 */
export function listenHost({ demo, env }) {
  if (!demo) return { host: undefined, args: [], warning: null };
  const host = env.HOST?.trim() || "127.0.0.1";
  const warning = env.HOST?.trim() && !isLoopbackHost(host) ? demoExposedWarning(host) : null;
  return { host, args: ["--hostname", host], warning };
}

function demoExposedWarning(host) {
  return [
    `WARNING: HOST=${host}: the demo is reachable from other machines, not only this one.`,
    "Anyone who can reach it can sign in with the published demo accounts (password in the README,",
    "no second factor needed), ADMIN included:",
    ...DEMO_ACCOUNTS.map((account) => `  - ${account}`),
    "Use this only on a network you trust. Leave HOST unset to listen on 127.0.0.1 only,",
    "or set DATABASE_URL to run on your own database without demo accounts.",
  ].join("\n");
}
