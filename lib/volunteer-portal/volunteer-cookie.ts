import "server-only";
import { cookies, headers } from "next/headers";
import { isHttpsRequest } from "@/lib/request-context/request-protocol";
import { VOLUNTEER_ABSOLUTE_TIMEOUT_MS } from "./volunteer-sessions";

/**
 * The volunteer's session cookie. Over HTTPS it carries the __Host- prefix
 * (Secure, this host only, so no sibling host of the city's domain can plant
 * one), which requires path "/". Over plain HTTP (the demo) the prefix would
 * be refused, so there it keeps its old name and is only sent to /vrijwilliger.
 * Path is no security boundary either way: the cookie is HttpOnly.
 */
export function volunteerCookie(https: boolean): { name: string; path: string } {
  return https
    ? { name: "__Host-tezamen-vrijwilliger", path: "/" }
    : { name: "tezamen-vrijwilliger", path: "/vrijwilliger" };
}

async function currentVolunteerCookie(): Promise<{ name: string; path: string; https: boolean }> {
  const https = isHttpsRequest(await headers());
  return { ...volunteerCookie(https), https };
}

export async function readVolunteerCookie(): Promise<string | undefined> {
  const { name } = await currentVolunteerCookie();
  return (await cookies()).get(name)?.value;
}

/** Only in server actions (pages can't set cookies). */
export async function setVolunteerCookie(token: string): Promise<void> {
  const { name, path, https } = await currentVolunteerCookie();
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path,
    maxAge: VOLUNTEER_ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export async function clearVolunteerCookie(): Promise<void> {
  const { name, path, https } = await currentVolunteerCookie();
  // A __Host- cookie is only replaced (here: expired) by a Secure one.
  (await cookies()).delete({ name, path, secure: https });
}
