import type { NextAuthConfig } from "next-auth";

// The cookies Auth.js sets at staff sign-in. Over HTTPS they carry the
// __Host- prefix: the browser then only accepts them Secure, for this exact
// host and path "/", so a sibling host of the city's domain or a plain-HTTP
// page can't plant or overwrite a session (cookie tossing). Over plain HTTP
// (the demo on localhost) the prefix would make the browser refuse them, so
// they keep their plain names there.

const NAMES = {
  sessionToken: "authjs.session-token",
  callbackUrl: "authjs.callback-url",
  csrfToken: "authjs.csrf-token",
} as const;

function cookieName(name: string, https: boolean): string {
  return https ? `__Host-${name}` : name;
}

/** The session cookie's name over HTTPS or plain HTTP. */
export function staffSessionCookieName(https: boolean): string {
  return cookieName(NAMES.sessionToken, https);
}

/** Auth.js's cookie settings for a request over HTTPS or plain HTTP. */
export function authCookies(https: boolean): NonNullable<NextAuthConfig["cookies"]> {
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: https };
  return {
    sessionToken: { name: cookieName(NAMES.sessionToken, https), options },
    callbackUrl: { name: cookieName(NAMES.callbackUrl, https), options },
    csrfToken: { name: cookieName(NAMES.csrfToken, https), options },
  };
}
