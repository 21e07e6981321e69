// The one way to import zod's `z` (ESLint forbids "zod" itself): it switches
// off zod's just-in-time parsers in the browser before any schema is built.
// Building an object schema probes `new Function("")`, and the strict
// Content-Security-Policy (lib/security/content-security-policy.ts) reports
// that probe as a violation even though zod catches it. The server has no CSP
// to meet and keeps the faster parsers.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
