/** One list on Vandaag: its first screen of items and how many there are in all. Apart from get-today.ts, which the link follow-up lists feed. */
export interface TodayList<T> {
  items: T[];
  total: number;
}
