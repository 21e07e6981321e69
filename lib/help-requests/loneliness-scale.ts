// The 6-item De Jong Gierveld loneliness scale (De Jong Gierveld & Van Tilburg,
// 2006), asked at the assessment and again at follow-ups, so the city can see
// whether people feel less lonely — not only how many were helped. Pure.
//
// Three items measure emotional loneliness (missing a close bond) and are
// worded negatively; three measure social loneliness (missing a wider
// network) and are worded positively. Each item is answered "ja", "min of
// meer" or "nee". Standard scoring: an emotional item scores 1 for "ja" or
// "min of meer"; a social item scores 1 for "nee" or "min of meer". The
// subscales run from 0 to 3, the total from 0 to 6 (higher = lonelier).

export const LONELINESS_ANSWERS = ["YES", "MORE_OR_LESS", "NO"] as const;
export type LonelinessAnswer = (typeof LONELINESS_ANSWERS)[number];

export const LONELINESS_ANSWER_LABELS: Readonly<Record<LonelinessAnswer, string>> = {
  YES: "Ja",
  MORE_OR_LESS: "Min of meer",
  NO: "Nee",
};

export type LonelinessSubscale = "EMOTIONAL" | "SOCIAL";

export interface LonelinessItem {
  /** 1–6, the order in which the items are asked and stored. */
  number: number;
  subscale: LonelinessSubscale;
  /** The statement as it is read to the person. */
  text: string;
}

export const LONELINESS_ITEMS: readonly LonelinessItem[] = [
  { number: 1, subscale: "EMOTIONAL", text: "Ik ervaar een leegte om me heen." },
  { number: 2, subscale: "EMOTIONAL", text: "Ik mis mensen om me heen." },
  { number: 3, subscale: "EMOTIONAL", text: "Ik voel me vaak in de steek gelaten." },
  {
    number: 4,
    subscale: "SOCIAL",
    text: "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.",
  },
  { number: 5, subscale: "SOCIAL", text: "Er zijn veel mensen op wie ik volledig kan vertrouwen." },
  { number: 6, subscale: "SOCIAL", text: "Er zijn voldoende mensen met wie ik me verbonden voel." },
];

export interface LonelinessScore {
  /** 0–3 */
  emotional: number;
  /** 0–3 */
  social: number;
  /** 0–6 */
  total: number;
}

/** Scores one item: 1 when the answer points to loneliness, else 0. */
export function scoreItem(item: LonelinessItem, answer: LonelinessAnswer): 0 | 1 {
  if (answer === "MORE_OR_LESS") return 1;
  if (item.subscale === "EMOTIONAL") return answer === "YES" ? 1 : 0;
  return answer === "NO" ? 1 : 0;
}

/** Scores the six answers, given in item order. */
export function scoreLonelinessScale(answers: readonly LonelinessAnswer[]): LonelinessScore {
  if (answers.length !== LONELINESS_ITEMS.length) {
    throw new RangeError(`De Jong Gierveld scale: expected 6 answers, got ${answers.length}`);
  }
  let emotional = 0;
  let social = 0;
  LONELINESS_ITEMS.forEach((item, i) => {
    const answer = answers[i];
    if (!answer || !LONELINESS_ANSWERS.includes(answer)) {
      throw new RangeError(`De Jong Gierveld scale: invalid answer for item ${item.number}`);
    }
    const score = scoreItem(item, answer);
    if (item.subscale === "EMOTIONAL") emotional += score;
    else social += score;
  });
  return { emotional, social, total: emotional + social };
}

/**
 * The change between two measurements of the same person, as numbers (a
 * negative change means less lonely).
 */
export function compareLonelinessScores(before: LonelinessScore, after: LonelinessScore): LonelinessScore {
  return {
    emotional: after.emotional - before.emotional,
    social: after.social - before.social,
    total: after.total - before.total,
  };
}
