// The consent the resident gives on the "Hulp nodig?" form. The version is
// stored with every request (consentTextVersion): change the text → bump the
// version, so it stays clear what each person agreed to.
export const HELP_REQUEST_CONSENT_VERSION = "2026-11-v1";
export const HELP_REQUEST_CONSENT_TEXT =
  "Ik geef toestemming dat de stad deze gegevens gebruikt om te helpen.";
