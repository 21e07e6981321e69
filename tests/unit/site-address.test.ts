import { describe, expect, it } from "vitest";
import { siteBaseUrl } from "@/lib/mail/site-base-url";
import { siteAddressMismatch } from "@/lib/request-context/site-address-mismatch";

const host = (h: string, extra: Record<string, string> = {}) => new Headers({ host: h, ...extra });

describe("the login page's notice about another address", () => {
  it("says where the portal was opened and where it is configured, when they differ", () => {
    expect(siteAddressMismatch(host("127.0.0.1:3000"), { NEXTAUTH_URL: "http://localhost:3000" })).toEqual({
      opened: "http://127.0.0.1:3000",
      configured: "http://localhost:3000",
    });
    expect(
      siteAddressMismatch(host("192.168.1.20:3000"), { NEXTAUTH_URL: "http://localhost:3000/" }),
    ).toEqual({
      opened: "http://192.168.1.20:3000",
      configured: "http://localhost:3000",
    });
    expect(
      siteAddressMismatch(host("localhost:3001"), { NEXTAUTH_URL: "http://localhost:3000" }),
    ).not.toBeNull();
  });

  it("stays away when nothing is configured: then any address works", () => {
    expect(siteAddressMismatch(host("127.0.0.1:3000"), {})).toBeNull();
  });

  it("stays away at the configured address, also behind an HTTPS proxy that is not declared", () => {
    expect(siteAddressMismatch(host("localhost:3000"), { NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
    expect(
      siteAddressMismatch(host("tezamen.stad.example"), { NEXTAUTH_URL: "https://tezamen.stad.example" }),
    ).toBeNull();
  });

  it("uses the trusted proxy's X-Forwarded-Host and scheme, and only a trusted proxy's", () => {
    const proxied = host("127.0.0.1:3000", {
      "x-forwarded-host": "tezamen.stad.example",
      "x-forwarded-proto": "https",
    });
    const configured = { NEXTAUTH_URL: "https://tezamen.stad.example" };
    expect(siteAddressMismatch(proxied, { ...configured, TRUSTED_PROXY_HOPS: "1" })).toBeNull();
    expect(siteAddressMismatch(proxied, configured)).toEqual({
      opened: "http://127.0.0.1:3000",
      configured: "https://tezamen.stad.example",
    });
    const plainHttp = host("tezamen.stad.example", { "x-forwarded-proto": "http" });
    expect(siteAddressMismatch(plainHttp, { ...configured, TRUSTED_PROXY_HOPS: "1" })).toEqual({
      opened: "http://tezamen.stad.example",
      configured: "https://tezamen.stad.example",
    });
  });
});

describe("the address in e-mail links", () => {
  it("is the configured address, never the request's", () => {
    expect(
      siteBaseUrl({ TEZAMEN_BASE_URL: "https://tezamen.stad.example/", NEXTAUTH_URL: "https://x.example" }),
    ).toBe("https://tezamen.stad.example");
    expect(siteBaseUrl({ NEXTAUTH_URL: "https://tezamen.stad.example" })).toBe(
      "https://tezamen.stad.example",
    );
  });

  it("is this machine's demo address when nothing is configured", () => {
    expect(siteBaseUrl({ PORT: "3456" })).toBe("http://localhost:3456");
    expect(siteBaseUrl({})).toBe("http://localhost:3000");
  });
});
