import "server-only";
import { cookies, headers } from "next/headers";
import { VOLUNTEER_ABSOLUTE_TIMEOUT_MS } from "./volunteer-sessions";

/** Only sent to /vrijwilliger: the staff area and the public site never see it. */
export const VOLUNTEER_COOKIE = "tezamen-vrijwilliger";
const COOKIE_PATH = "/vrijwilliger";

async function overHttps(): Promise<boolean> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? (process.env.TEZAMEN_BASE_URL ?? "").split(":")[0];
  return proto === "https";
}

export async function readVolunteerCookie(): Promise<string | undefined> {
  return (await cookies()).get(VOLUNTEER_COOKIE)?.value;
}

/** Only in server actions (pages can't set cookies). */
export async function setVolunteerCookie(token: string): Promise<void> {
  (await cookies()).set(VOLUNTEER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await overHttps(),
    path: COOKIE_PATH,
    maxAge: VOLUNTEER_ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export async function clearVolunteerCookie(): Promise<void> {
  (await cookies()).delete({ name: VOLUNTEER_COOKIE, path: COOKIE_PATH });
}
