import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER as SERVER_HEADER } from "../../scripts/lib/next-server.mjs";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressFromHeaders,
  hashClientAddress,
  trustedProxyHops,
} from "@/lib/request-context/client-address";

/** Headers as our server passes them on: the socket address plus whatever the client sent. */
const request = (socket: string, forwardedFor?: string) =>
  new Headers({
    "x-tezamen-client-address": socket,
    ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
  });

describe("the client address", () => {
  it("is read from the header our server sets", () => {
    expect(CLIENT_ADDRESS_HEADER).toBe("x-tezamen-client-address");
    expect(SERVER_HEADER).toBe("x-tezamen-client-address");
  });

  it("without proxies of our own (the default) is the socket address, whatever X-Forwarded-For says", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(clientAddressFromHeaders(request("192.0.2.10", "203.0.113.7"), 0)).toBe("192.0.2.10");
    expect(clientAddressFromHeaders(request("192.0.2.10", "1.1.1.1, 203.0.113.7"), 0)).toBe("192.0.2.10");
    expect(clientAddressFromHeaders(request("192.0.2.10"), 0)).toBe("192.0.2.10");
  });

  it("behind one proxy is the last X-Forwarded-For entry; what the client claimed before it is ignored", () => {
    expect(clientAddressFromHeaders(request("10.0.0.1", "203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(request("10.0.0.1", "6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(request("10.0.0.1", "5.5.5.5,6.6.6.6 , 203.0.113.7"), 1)).toBe(
      "203.0.113.7",
    );
  });

  it("behind two proxies is the second entry from the right", () => {
    expect(clientAddressFromHeaders(request("10.0.0.2", "203.0.113.7, 10.0.0.1"), 2)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(request("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1"), 2)).toBe(
      "203.0.113.7",
    );
  });

  it("with fewer entries than proxies (not through our proxies) is the socket address", () => {
    expect(clientAddressFromHeaders(request("192.0.2.10", "203.0.113.7"), 2)).toBe("192.0.2.10");
    expect(clientAddressFromHeaders(request("192.0.2.10"), 1)).toBe("192.0.2.10");
    expect(clientAddressFromHeaders(request("192.0.2.10", " , "), 1)).toBe("192.0.2.10");
  });

  it("reads TRUSTED_PROXY_HOPS as a whole number; anything else means no proxy", () => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "0" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "nonsense" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1.5" })).toBe(0);
  });

  it("treats an IPv4 address on a dual-stack socket as that IPv4 address", () => {
    expect(clientAddressFromHeaders(request("::ffff:192.0.2.10"), 0)).toBe("192.0.2.10");
  });

  it("counts an IPv6 address as its /64: one device or household, however many addresses it takes", () => {
    const key = (address: string, forwardedFor?: string, hops = 0) =>
      clientAddressFromHeaders(request(address, forwardedFor), hops);
    expect(key("2001:DB8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(key("2001:db8:0:1:ffff:1234:5678:9abc")).toBe("2001:db8:0:1::/64");
    expect(key("2001:0db8:0000:0001:0:0:0:7")).toBe("2001:db8:0:1::/64");
    expect(key("2001:db8::5:6:7:8:9")).toBe("2001:db8:0:5::/64");
    expect(key("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(key("2001:db8:0:2::1")).toBe("2001:db8:0:2::/64");
    expect(key("::1")).toBe("0:0:0:0::/64");
    expect(key("10.0.0.1", "2001:db8:0:1::abcd", 1)).toBe("2001:db8:0:1::/64");
  });

  it("is 'unknown' (one shared key, so limits still hold) when the app is served without our server", () => {
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBe("unknown");
    expect(clientAddressFromHeaders(new Headers(), 1)).toBe("unknown");
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
