import type { ReactNode } from "react";

export type BadgeTone = "brand" | "example" | "neutral";

const tones: Record<BadgeTone, string> = {
  brand: "bg-brand-100 text-brand-900",
  example: "border border-amber-800 bg-amber-100 text-amber-950",
  neutral: "border border-gray-400 bg-white text-ink",
};

/** A short label in a coloured box; the text carries the meaning, never the colour alone. */
export function Badge({ tone = "brand", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-base leading-snug font-semibold ${tones[tone]}`}>
      {children}
    </span>
  );
}
