import { describe, expect, it } from "vitest";
import { isCrossOrigin } from "@/lib/request-context/refuse-unsafe-post";

const check = (headers: Record<string, string>) => isCrossOrigin(new Headers(headers));

describe("a post's origin", () => {
  it("is our own when Origin names the host asked for (also a form without JavaScript)", () => {
    expect(check({ origin: "https://tezamen.example.be", host: "tezamen.example.be" })).toBe(false);
    expect(check({ origin: "http://localhost:3140", host: "localhost:3140" })).toBe(false);
    expect(check({ origin: "https://Tezamen.Example.be", host: "tezamen.example.be" })).toBe(false);
  });

  it("is compared with the host our reverse proxy forwards, as Next does", () => {
    expect(
      check({
        origin: "https://tezamen.example.be",
        host: "app:3000",
        "x-forwarded-host": "tezamen.example.be",
      }),
    ).toBe(false);
    expect(
      check({ origin: "https://app:3000", host: "app:3000", "x-forwarded-host": "tezamen.example.be" }),
    ).toBe(true);
  });

  it("is foreign for another site, another port, 'null' or garbage", () => {
    expect(check({ origin: "https://evil.example", host: "tezamen.example.be" })).toBe(true);
    expect(check({ origin: "http://localhost:3141", host: "localhost:3140" })).toBe(true);
    expect(check({ origin: "null", host: "tezamen.example.be" })).toBe(true);
    expect(check({ origin: "not a url", host: "tezamen.example.be" })).toBe(true);
    expect(check({ origin: "https://tezamen.example.be" })).toBe(true);
  });

  it("is left to Next when there is no Origin at all (not a browser)", () => {
    expect(check({ host: "tezamen.example.be" })).toBe(false);
  });
});
