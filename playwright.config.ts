import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DOWN_PORT = PORT + 1;

// Debian's Chromium: Playwright can't download its own browser here.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The portal on a throwaway embedded Postgres with the demo content.
      command: `node tests/e2e/server.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      // The same build with its database unreachable: what a resident sees during an outage.
      command: `node tests/e2e/server.mjs --port ${DOWN_PORT} --database-down`,
      url: `http://localhost:${DOWN_PORT}/hulp-nodig`,
      timeout: 240_000,
      reuseExistingServer: false,
    },
  ],
});
