// The words a coordinator reads next to a suggestion ("zelfde wijk · spreekt
// Frans · 0 van 2 koppelingen") or an exclusion ("zit vol: 2 van 2
// koppelingen"). Pure: rank-volunteers.ts calls it with the given `now`.
import type { AvailabilitySlot, Need } from "@/lib/generated/prisma/enums";
import { DAY_PARTS, LANGUAGE_OPTIONS, NEED_OPTIONS, WEEKDAYS } from "@/lib/validation/options";
import { VOLUNTEER_STATUS_LABELS } from "@/lib/volunteers/lifecycle";
import type { Distance, ExclusionReason, MatchCandidate, MatchRequest, Suggestion } from "./match-types";

const DAY = 86_400_000;

const DISTANCE_WORDS: Readonly<Record<Distance, string>> = {
  SAME: "zelfde wijk",
  ADJACENT: "aangrenzende wijk",
  FURTHER: "andere wijk",
  UNKNOWN: "wijk onbekend",
};

/** Shown at most, so an explanation stays one line. */
const MAX_SLOTS_SHOWN = 3;

export function languageName(code: string): string {
  return LANGUAGE_OPTIONS.find((o) => o.value === code)?.label ?? code;
}

export function needName(need: Need): string {
  return NEED_OPTIONS.find((o) => o.value === need)?.label ?? need;
}

/** "TUESDAY_MORNING" → "dinsdagvoormiddag". */
export function slotName(slot: AvailabilitySlot): string {
  const day = WEEKDAYS.find((d) => slot.startsWith(`${d.key}_`));
  const part = DAY_PARTS.find((p) => slot.endsWith(`_${p.key}`));
  return `${day?.label ?? ""}${part?.label ?? ""}`.toLowerCase();
}

/** A duration in plain words: "3 dagen", "5 weken", "4 maanden". */
export function durationWords(ms: number): string {
  const days = Math.max(0, Math.floor(ms / DAY));
  if (days < 1) return "minder dan een dag";
  if (days < 14) return days === 1 ? "1 dag" : `${days} dagen`;
  const weeks = Math.floor(days / 7);
  if (weeks < 9) return `${weeks} weken`;
  const months = Math.floor(days / 30);
  return months === 1 ? "1 maand" : `${months} maanden`;
}

export function loadWords(v: Pick<MatchCandidate, "load" | "maxActiveLinks">): string {
  return `${v.load} van ${v.maxActiveLinks} ${v.maxActiveLinks === 1 ? "koppeling" : "koppelingen"}`;
}

function waitingWords(suggestion: Suggestion, now: Date): string | null {
  const { waitingSince, volunteer } = suggestion;
  if (!waitingSince) return volunteer.lastLinkedAt ? null : "nog nooit gekoppeld";
  const waited = `wacht al ${durationWords(now.getTime() - waitingSince.getTime())} op een koppeling`;
  return volunteer.lastLinkedAt ? waited : `nog nooit gekoppeld, ${waited}`;
}

export function explainSuggestion(suggestion: Suggestion, request: MatchRequest, now: Date): string[] {
  const language = languageName(request.language);
  const reasons = [
    DISTANCE_WORDS[suggestion.distance],
    suggestion.sharedLanguage ? `spreekt ${language}` : `spreekt geen ${language}`,
  ];
  if (suggestion.matchingSlots.length > 0) {
    const slots = suggestion.matchingSlots.slice(0, MAX_SLOTS_SHOWN).map(slotName);
    const more = suggestion.matchingSlots.length > MAX_SLOTS_SHOWN ? " …" : "";
    reasons.push(`beschikbaar: ${slots.join(", ")}${more}`);
  } else if (request.bestTimeToCall && request.bestTimeToCall !== "ANY") {
    reasons.push("niet beschikbaar op het gevraagde moment");
  }
  reasons.push(loadWords(suggestion.volunteer));
  const waiting = waitingWords(suggestion, now);
  if (waiting) reasons.push(waiting);
  reasons.push(`kan: ${suggestion.activities.map((a) => needName(a).toLowerCase()).join(", ")}`);
  return reasons;
}

export function explainExclusion(v: MatchCandidate, reason: ExclusionReason): string {
  switch (reason) {
    case "NOT_ACTIVE":
      return `niet actief (${VOLUNTEER_STATUS_LABELS[v.status].toLowerCase()})`;
    case "NOT_SCREENED":
      return "nog niet gescreend: geen bewijs van goed gedrag en zeden geregistreerd";
    case "FULL":
      return `zit vol: ${loadWords(v)}`;
    case "NO_NEEDED_ACTIVITY":
      return "biedt geen van de gevraagde activiteiten aan";
    case "OUT_OF_RANGE":
      return v.travelRange === "SAME_NEIGHBOURHOOD"
        ? "gaat alleen in de eigen wijk"
        : v.neighbourhoodId
          ? "gaat alleen in de eigen en aangrenzende wijken"
          : "woonwijk onbekend";
  }
}
