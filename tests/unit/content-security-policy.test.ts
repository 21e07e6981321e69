import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, newCspNonce } from "@/lib/security/content-security-policy";
import { cspDirectives } from "../support/csp-directives";

describe("the Content-Security-Policy", () => {
  const production = cspDirectives(buildContentSecurityPolicy({ nonce: "abc123==" }));

  it("lets scripts run only with this response's nonce or when loaded by one", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows no inline script, eval or inline style attribute in production", () => {
    const policy = buildContentSecurityPolicy({ nonce: "abc123==" });
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-hashes");
  });

  it("locks down plugins, <base>, framing and form targets", () => {
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("names no third-party origin, scheme or wildcard", () => {
    for (const [name, sources] of production) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^'(self|none|strict-dynamic|nonce-[A-Za-z0-9+/=]+)'$/);
      }
    }
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(
      cspDirectives(buildContentSecurityPolicy({ nonce: "n", https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });

  it("allows eval and inline styles only in development, for React's and Next's dev tools", () => {
    const development = cspDirectives(buildContentSecurityPolicy({ nonce: "n", development: true }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("script-src")).not.toContain("'unsafe-inline'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("gets a new unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newCspNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
