import { describe, expect, it } from "vitest";
import { DEMO_STAFF } from "@/prisma/seed/demo-staff";
import { listenHost } from "../../scripts/lib/listen-host.mjs";

describe("where npm start listens", () => {
  it("on the demo database: on this machine only (127.0.0.1) unless HOST is set", () => {
    const loopback = { host: "127.0.0.1", args: ["--hostname", "127.0.0.1"], warning: null };
    expect(listenHost({ demo: true, env: {} })).toEqual(loopback);
    expect(listenHost({ demo: true, env: { HOST: "" } })).toEqual(loopback);
  });

  it("on the demo database with HOST on the loopback: there, without a warning", () => {
    expect(listenHost({ demo: true, env: { HOST: "::1" } })).toEqual({
      host: "::1",
      args: ["--hostname", "::1"],
      warning: null,
    });
    expect(listenHost({ demo: true, env: { HOST: "localhost" } })).toMatchObject({
      host: "localhost",
      warning: null,
    });
  });

  it("on the demo database with HOST elsewhere: there, with a warning naming every demo account", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20"]) {
      const { host: chosen, args, warning } = listenHost({ demo: true, env: { HOST: host } });
      expect(chosen).toBe(host);
      expect(args).toEqual(["--hostname", host]);
      expect(warning).toContain(`HOST=${host}`);
      expect(warning).toContain("ADMIN");
      for (const account of DEMO_STAFF) expect(warning).toContain(account.email);
    }
  });

  it("with DATABASE_URL (production): as before, Next's default (no -H), whatever HOST says", () => {
    const unchanged = { host: undefined, args: [], warning: null };
    expect(listenHost({ demo: false, env: {} })).toEqual(unchanged);
    expect(listenHost({ demo: false, env: { HOST: "0.0.0.0" } })).toEqual(unchanged);
  });
});
