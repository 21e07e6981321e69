import { describe, expect, it } from "vitest";
import { authCookies, staffSessionCookieName } from "@/lib/auth/auth-cookies";
import { behindTrustedProxy, isHttpsRequest } from "@/lib/request-context/request-protocol";
import { volunteerCookie } from "@/lib/volunteer-portal/volunteer-cookie";

const viaProxy = (proto: string) => new Headers({ "x-forwarded-proto": proto });

describe("whether a request came in over HTTPS", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy (TRUSTED_PROXY_HOPS set)", () => {
    expect(isHttpsRequest(viaProxy("https"), { TRUSTED_PROXY_HOPS: "1" })).toBe(true);
    expect(isHttpsRequest(viaProxy("https"), { TRUSTED_PROXY_HOPS: "2" })).toBe(true);
    // Anyone can send the header: without a proxy of our own it means nothing.
    expect(isHttpsRequest(viaProxy("https"), {})).toBe(false);
    expect(isHttpsRequest(viaProxy("https"), { TRUSTED_PROXY_HOPS: "" })).toBe(false);
    expect(isHttpsRequest(viaProxy("https"), { TRUSTED_PROXY_HOPS: "0" })).toBe(false);
    expect(isHttpsRequest(viaProxy("https"), { TRUSTED_PROXY_HOPS: "yes" })).toBe(false);
  });

  it("takes the entry our proxy wrote, the last, when the header is a list", () => {
    expect(isHttpsRequest(viaProxy("https, http"), { TRUSTED_PROXY_HOPS: "1" })).toBe(false);
    expect(isHttpsRequest(viaProxy("http, https"), { TRUSTED_PROXY_HOPS: "1" })).toBe(true);
  });

  it("is HTTPS whenever the configured address is https://", () => {
    expect(isHttpsRequest(new Headers(), { NEXTAUTH_URL: "https://tezamen.stad.example" })).toBe(true);
    expect(isHttpsRequest(new Headers(), { AUTH_URL: "https://tezamen.stad.example" })).toBe(true);
    expect(isHttpsRequest(new Headers(), { TEZAMEN_BASE_URL: "https://tezamen.stad.example" })).toBe(true);
    expect(isHttpsRequest(new Headers(), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(isHttpsRequest(new Headers(), {})).toBe(false);
  });

  it("knows a trusted proxy only by a whole number of hops of at least 1", () => {
    expect(behindTrustedProxy({ TRUSTED_PROXY_HOPS: "1" })).toBe(true);
    expect(behindTrustedProxy({})).toBe(false);
    expect(behindTrustedProxy({ TRUSTED_PROXY_HOPS: "-1" })).toBe(false);
  });
});

describe("the session cookies", () => {
  it("carry the __Host- prefix over HTTPS, Secure and for path / (what the prefix requires)", () => {
    const cookies = authCookies(true);
    for (const cookie of [cookies.sessionToken, cookies.callbackUrl, cookies.csrfToken]) {
      expect(cookie?.name).toMatch(/^__Host-authjs\./);
      expect(cookie?.options).toMatchObject({ secure: true, path: "/", httpOnly: true, sameSite: "lax" });
      expect(cookie?.options).not.toHaveProperty("domain");
    }
    expect(staffSessionCookieName(true)).toBe("__Host-authjs.session-token");
    expect(volunteerCookie(true)).toEqual({ name: "__Host-tezamen-vrijwilliger", path: "/" });
  });

  it("keep plain names over HTTP, where a browser refuses __Host- (the demo on localhost)", () => {
    const cookies = authCookies(false);
    expect(cookies.sessionToken).toMatchObject({ name: "authjs.session-token", options: { secure: false } });
    expect(staffSessionCookieName(false)).toBe("authjs.session-token");
    expect(volunteerCookie(false)).toEqual({ name: "tezamen-vrijwilliger", path: "/vrijwilliger" });
  });
});
