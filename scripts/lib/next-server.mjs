// Serves the Next.js app from a plain Node HTTP server instead of `next start`,
// so the app knows each request's TCP peer address: Next only fills in
// X-Forwarded-For from the socket when the client didn't send it, so that
// header alone lets anyone pick their own rate-limit key.
import http from "node:http";

/** Must equal CLIENT_ADDRESS_HEADER in lib/request-context/client-address.ts (a unit test checks). */
export const CLIENT_ADDRESS_HEADER = "x-tezamen-client-address";

/** Overwrites whatever the client sent under our header with the socket's own address. */
export function stampClientAddress(req) {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
}

/**
 * Prepares the app in `root` (a production build unless `dev`) and listens on
 * `port`. SIGTERM and SIGINT stop taking connections, let running requests
 * finish, then exit, as `next start` does.
 */
export async function serveNext({ root, port, hostname, dev = false, log = console.log }) {
  // As `next start` / `next dev` do, before Next and React are loaded.
  process.env.NODE_ENV = dev ? "development" : "production";
  const { default: next } = await import("next");
  const server = http.createServer();
  const app = next({ dev, dir: root, port, hostname, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  server.on("request", (req, res) => {
    stampClientAddress(req);
    void handle(req, res);
  });
  // WebSocket upgrades (dev's hot reload) Next attaches to `httpServer` itself.

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    // Idle keep-alive connections would hold close() open; in dev so would the HMR socket.
    const force = setTimeout(() => server.closeAllConnections(), dev ? 0 : 5_000);
    server.close(() => {
      clearTimeout(force);
      void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, resolve);
  });
  log(`Next.js ${dev ? "dev" : "production"} server on http://${hostname ?? "localhost"}:${port}`);
  return server;
}
