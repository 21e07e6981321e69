const dateFormat = new Intl.DateTimeFormat("nl-BE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Brussels",
});

/** "3 maart 2026": dates on the public site, always in Belgian time. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * When a campaign runs, in words and in the right tense:
 * "Van 28 september 2026 tot 4 oktober 2026", "Liep van … tot …", "Sinds 18 maart 2021".
 */
export function formatPeriod(startsOn: Date | null, endsOn: Date | null, now = new Date()): string | null {
  if (startsOn && endsOn) {
    return `${endsOn < now ? "Liep van" : "Van"} ${formatDate(startsOn)} tot ${formatDate(endsOn)}`;
  }
  if (startsOn) return `${startsOn > now ? "Vanaf" : "Sinds"} ${formatDate(startsOn)}`;
  if (endsOn) return `${endsOn < now ? "Liep tot" : "Tot"} ${formatDate(endsOn)}`;
  return null;
}
