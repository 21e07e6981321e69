// Reads a Content-Security-Policy header the way a test wants to check it:
// written independently of lib/security, which builds the header.

/** The policy as directive name → sources. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}
