/** The home intro when the "home" page is missing or the database is down. */
export const HOME_FALLBACK = {
  title: "Samen tegen vereenzamen",
  summary:
    "Voel je je alleen, of maak je je zorgen over iemand? Hier vind je hulp, plekken om mensen te ontmoeten en manieren om zelf te helpen.",
  body: "",
};
