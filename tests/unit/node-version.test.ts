// The Node version the README and package.json state must be one every
// installed package accepts, and the one the tests run on (issue 9, point 12).
import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
const stated = (readJson(path.join(root, "package.json")).engines as { node: string }).node;

/** Every installed package's own "engines.node", walking nested node_modules too. */
function installedEngines(dir: string, found: { name: string; range: string }[] = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      installedEngines(full, found);
      continue;
    }
    const manifest = path.join(full, "package.json");
    if (!fs.existsSync(manifest)) continue;
    const pkg = readJson(manifest);
    const range = (pkg.engines as { node?: string } | undefined)?.node;
    // Optional packages for other platforms aren't installed; those present count.
    if (typeof range === "string" && semver.validRange(range)) {
      found.push({ name: `${String(pkg.name)}@${String(pkg.version)}`, range });
    }
    const nested = path.join(full, "node_modules");
    if (fs.existsSync(nested)) installedEngines(nested, found);
  }
  return found;
}

describe("the stated Node.js version", () => {
  it("is 22.19 or newer on the 22 line, 24, or 26 and newer", () => {
    expect(stated).toBe("^22.19.0 || ^24.0.0 || >=26.0.0");
  });

  it("is accepted by every installed package", () => {
    const refusing = installedEngines(path.join(root, "node_modules"))
      .filter(({ range }) => !semver.subset(stated, range, { includePrerelease: false }))
      .map(({ name, range }) => `${name} needs ${range}`);
    expect(refusing).toEqual([]);
  });

  it("is the one the tests run on", () => {
    expect(semver.satisfies(process.versions.node, stated)).toBe(true);
  });

  it("is what the README says", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain("Node.js 22.19 or newer on the 22 line, 24, or 26 and newer");
  });
});
