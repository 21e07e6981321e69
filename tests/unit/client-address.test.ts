import { describe, expect, it } from "vitest";
import {
  clientAddressFromHeaders,
  hashClientAddress,
  trustedProxyHops,
} from "@/lib/request-context/client-address";

describe("the client address", () => {
  it("is the X-Forwarded-For entry our proxy appended, not what the client claimed", () => {
    expect(
      clientAddressFromHeaders(
        new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }),
      ),
    ).toBe("10.0.0.1");
  });

  it("trusts only as many entries from the right as there are proxies of our own", () => {
    const headers = new Headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.1" });
    // One proxy: what it saw is the last entry; "1.1.1.1" is only what the client claimed.
    expect(clientAddressFromHeaders(headers, 1)).toBe("10.0.0.1");
    expect(clientAddressFromHeaders(headers, 2)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(headers, 5)).toBe("1.1.1.1");
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "nonsense" })).toBe(1);
    expect(trustedProxyHops({})).toBe(1);
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
