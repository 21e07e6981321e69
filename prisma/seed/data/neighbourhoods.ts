import type { NeighbourhoodKind, NeighbourhoodSeed } from "./types";

// Mechelen's districts (wijken) and its five sub-municipalities (deelgemeenten,
// merged with the city in 1976). The order is the order of the list in forms:
// the centre first, then the districts around it, then the villages.
const places = [
  { slug: "binnenstad", name: "Binnenstad", kind: "DISTRICT" },
  { slug: "arsenaal", name: "Arsenaal", kind: "DISTRICT" },
  { slug: "ragheno", name: "Ragheno", kind: "DISTRICT" },
  { slug: "nekkerspoel", name: "Nekkerspoel", kind: "DISTRICT" },
  { slug: "mechelen-noord", name: "Mechelen-Noord", kind: "DISTRICT" },
  { slug: "battel", name: "Battel", kind: "DISTRICT" },
  { slug: "mechelen-zuid", name: "Mechelen-Zuid", kind: "DISTRICT" },
  { slug: "geerdegem", name: "Geerdegem", kind: "DISTRICT" },
  { slug: "hanswijk", name: "Hanswijk", kind: "DISTRICT" },
  { slug: "tervuursesteenweg", name: "Tervuursesteenweg", kind: "DISTRICT" },
  { slug: "walem", name: "Walem", kind: "SUB_MUNICIPALITY" },
  { slug: "heffen", name: "Heffen", kind: "SUB_MUNICIPALITY" },
  { slug: "leest", name: "Leest", kind: "SUB_MUNICIPALITY" },
  { slug: "hombeek", name: "Hombeek", kind: "SUB_MUNICIPALITY" },
  { slug: "muizen", name: "Muizen", kind: "SUB_MUNICIPALITY" },
] as const satisfies readonly { slug: string; name: string; kind: NeighbourhoodKind }[];

type NeighbourhoodSlug = (typeof places)[number]["slug"];

// Which neighbourhoods border each other (approximate, good enough for
// matching volunteers "in the same or an adjacent neighbourhood"). Each pair is
// listed once; `adjacent` below is derived from it in both directions, so the
// relation is symmetric by construction, and a misspelt slug is a type error.
const borders: readonly (readonly [NeighbourhoodSlug, NeighbourhoodSlug])[] = [
  ["binnenstad", "nekkerspoel"],
  ["binnenstad", "mechelen-noord"],
  ["binnenstad", "battel"],
  ["binnenstad", "mechelen-zuid"],
  ["binnenstad", "geerdegem"],
  ["binnenstad", "hanswijk"],
  ["binnenstad", "arsenaal"],
  ["arsenaal", "ragheno"],
  ["arsenaal", "nekkerspoel"],
  ["arsenaal", "hanswijk"],
  ["ragheno", "hanswijk"],
  ["ragheno", "muizen"],
  ["nekkerspoel", "mechelen-noord"],
  ["nekkerspoel", "muizen"],
  ["mechelen-noord", "walem"],
  ["mechelen-noord", "battel"],
  ["battel", "heffen"],
  ["battel", "leest"],
  ["battel", "mechelen-zuid"],
  ["mechelen-zuid", "leest"],
  ["mechelen-zuid", "hombeek"],
  ["mechelen-zuid", "geerdegem"],
  ["geerdegem", "hombeek"],
  ["geerdegem", "tervuursesteenweg"],
  ["geerdegem", "hanswijk"],
  ["hanswijk", "tervuursesteenweg"],
  ["hanswijk", "muizen"],
  ["tervuursesteenweg", "muizen"],
  ["walem", "heffen"],
  ["heffen", "leest"],
  ["leest", "hombeek"],
];

function neighboursOf(slug: NeighbourhoodSlug): string[] {
  return borders.flatMap(([a, b]) => (a === slug ? [b] : b === slug ? [a] : []));
}

export const neighbourhoods: NeighbourhoodSeed[] = places.map((place) => ({
  slug: place.slug,
  name: place.name,
  kind: place.kind,
  adjacent: neighboursOf(place.slug),
}));
