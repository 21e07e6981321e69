// Pure: the seed builds the same timeline notes as the use cases.

/** A timeline note that names a choice: "Voicemail ingesproken: belt morgen terug." or just the label. */
export function labelledNote(label: string, note: string | null | undefined): string {
  return note ? `${label}: ${note}` : label;
}
