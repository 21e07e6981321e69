/** The answer of "Toon geheim (alleen demo)": the secrets, shown only in this answer to this admin. */
export interface RevealSecretState {
  ok: boolean | null;
  message: string | null;
  secrets: { label: string; value: string }[];
}

export const initialRevealSecretState: RevealSecretState = { ok: null, message: null, secrets: [] };
