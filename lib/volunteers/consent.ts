// The consent a volunteer gives on /ik-wil-helpen; the version is stored with
// the sign-up. Change the text → bump the version.
export const VOLUNTEER_CONSENT_VERSION = "2026-11-v1";
export const VOLUNTEER_CONSENT_TEXT =
  "Ik geef toestemming dat de stad mijn gegevens gebruikt om mijn aanmelding als vrijwilliger te behandelen.";
