import { describe, expect, it } from "vitest";
import {
  generateReference,
  isReference,
  normalizeReference,
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
} from "@/lib/help-requests/reference";

describe("reference codes", () => {
  it("look like HV- followed by six characters from the safe alphabet", () => {
    for (let i = 0; i < 500; i++) {
      const reference = generateReference();
      expect(reference).toMatch(/^HV-[34679ACDEFGHJKMNPQRTWXY]{6}$/);
      expect(reference).toHaveLength(3 + REFERENCE_LENGTH);
      expect(isReference(reference)).toBe(true);
    }
  });

  it("use an alphabet without characters that can be misread", () => {
    for (const lookAlike of ["0", "O", "1", "I", "L", "U", "V", "5", "S", "2", "Z", "8", "B"]) {
      expect(REFERENCE_ALPHABET).not.toContain(lookAlike);
    }
    // No duplicates, and only upper-case letters and digits.
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
    expect(REFERENCE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
  });

  it("use every character of the alphabet (random and spread out)", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const c of generateReference().slice(3)) seen.add(c);
    expect([...seen].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""));
  });

  it("rarely repeat", () => {
    const references = new Set(Array.from({ length: 5000 }, () => generateReference()));
    expect(references.size).toBeGreaterThan(4990);
  });

  it("are recognised as people type or read them back", () => {
    expect(normalizeReference("HV-7K3Q9P")).toBe("HV-7K3Q9P");
    expect(normalizeReference("hv-7k3q9p")).toBe("HV-7K3Q9P");
    expect(normalizeReference(" hv 7k3 q9p ")).toBe("HV-7K3Q9P");
    expect(normalizeReference("7K3Q9P")).toBe("HV-7K3Q9P");
    expect(normalizeReference("HV7K3Q9P")).toBe("HV-7K3Q9P");
  });

  it("are refused when they cannot be one", () => {
    expect(normalizeReference("HV-7K3Q9")).toBeNull();
    expect(normalizeReference("HV-0OOOOO")).toBeNull();
    expect(normalizeReference("HV-7K3Q9PP")).toBeNull();
    expect(normalizeReference("")).toBeNull();
    expect(normalizeReference(null)).toBeNull();
    expect(normalizeReference("'; DROP TABLE")).toBeNull();
    expect(isReference("hv-7k3q9p")).toBe(false);
  });
});
