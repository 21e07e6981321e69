export interface SettingsState {
  attempt: number;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A refusal about the whole form (an outage). */
  message: string | null;
  /** After saving: what changed, in words; empty when nothing did. */
  saved: string[] | null;
}
