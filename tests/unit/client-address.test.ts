import { describe, expect, it } from "vitest";
import { clientAddressFromHeaders, hashClientAddress } from "@/lib/request-context/client-address";

describe("the client address", () => {
  it("is the first X-Forwarded-For entry (the client, not the proxies)", () => {
    expect(
      clientAddressFromHeaders(
        new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }),
      ),
    ).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddressFromHeaders(new Headers())).toBe("unknown");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
  });

  it("is only ever stored as a salted hash", () => {
    const hash = hashClientAddress("203.0.113.7", "secret");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("203.0.113.7");
    expect(hashClientAddress("203.0.113.7", "secret")).toBe(hash);
    expect(hashClientAddress("203.0.113.8", "secret")).not.toBe(hash);
    // Another deployment (another secret) can't link the same address.
    expect(hashClientAddress("203.0.113.7", "other")).not.toBe(hash);
  });
});
