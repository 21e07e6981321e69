import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { serverSecret } from "@/lib/forms/server-secret";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { clientAddressFromHeaders, hashClientAddress } from "@/lib/request-context/client-address";
import { isHttpsRequest } from "@/lib/request-context/request-protocol";
import { loginSchema } from "@/lib/validation/login-schema";
import { authCookies } from "./auth-cookies";
import { authenticateStaff, isDemoDatabase } from "./authenticate-staff";
import { ABSOLUTE_TIMEOUT_MS } from "./staff-sessions";

declare module "next-auth" {
  interface User {
    sessionToken?: string;
    role?: StaffRole;
  }
  interface Session {
    sessionToken?: string;
    /** The role at sign-in; a role change ends the sessions, so it can't go stale. Not a guard. */
    role?: StaffRole;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sessionToken?: string;
    role?: StaffRole;
  }
}

/** Thrown by authorize so the login page can say "too many attempts" instead of "wrong". */
export class TooManyAttempts extends CredentialsSignin {
  override code = "too_many_attempts";
}

/**
 * Auth.js signs staff in with e-mail, password and TOTP code, and keeps an
 * encrypted, HttpOnly, SameSite=Lax cookie (Secure and __Host- over HTTPS,
 * lib/auth/auth-cookies.ts). The cookie holds only the token of a server-side
 * StaffSession, which every request checks (lib/auth/current-staff.ts): logging out, deactivation and the idle
 * and absolute time-outs take effect on the next request. Sign-in runs from a
 * server action, so the login form works without JavaScript; no HTTP
 * endpoints of Auth.js are mounted. See docs/decisions/0005-staff-sessions.md.
 */
// A lazy config: the secret is read per request, not at build time, and the
// cookies follow the request's scheme (decided by us, not by Auth.js from a
// client's X-Forwarded-Proto).
export const { auth, signIn, signOut } = NextAuth(async (request) => {
  const https = isHttpsRequest(request?.headers ?? (await headers()));
  return {
    secret: serverSecret(),
    // The sign-in and log-out redirects are relative (login/actions.ts, logout.ts):
    // the portal works at whatever address it was opened.
    trustHost: true,
    useSecureCookies: https,
    cookies: authCookies(https),
    session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {} },
        async authorize(raw, request) {
          const parsed = loginSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await authenticateStaff(parsed.data, {
            // From the request itself, never from the submitted fields.
            clientKey: hashClientAddress(clientAddressFromHeaders(request.headers), serverSecret()),
            userAgent: request.headers.get("user-agent"),
            demoDatabase: isDemoDatabase(),
          });
          if (!result.ok) {
            if (result.reason === "rate-limited") throw new TooManyAttempts();
            return null;
          }
          return { id: result.userId, sessionToken: result.sessionToken, role: result.role };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.sessionToken) token.sessionToken = user.sessionToken;
        if (user?.role) token.role = user.role;
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionToken: token.sessionToken, role: token.role };
      },
    },
  };
});
