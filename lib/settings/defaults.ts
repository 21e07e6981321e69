/** Settings of one deployment, with the values used until an admin changes them. */
export interface Settings {
  cityName: string;
  /** The free phone number as people write it. */
  phoneNumber: string;
  /** Hours between receiving a request and the deadline for the first human contact. */
  slaHours: number;
  /** Count only working days (Monday–Friday, no Belgian public holidays) towards the deadline. */
  slaWorkingDaysOnly: boolean;
  /** Months after closing before a request's personal data is anonymised. */
  retentionMonths: number;
  /** Months after which a request about someone who declined help is anonymised. */
  declinedRetentionMonths: number;
  contactEmail: string;
  privacyEmail: string;
  /** The weekly intake interview hours, as staff write them ("di 14:00-16:00, do 18:00-20:00"); read by lib/volunteers/intake-slots.ts. */
  volunteerIntakeSlots: string;
}

export const DEFAULT_SETTINGS: Settings = {
  cityName: process.env.TEZAMEN_CITY_NAME ?? "Mechelen",
  phoneNumber: process.env.TEZAMEN_PHONE_NUMBER ?? "0800 12 345",
  slaHours: 24,
  slaWorkingDaysOnly: false,
  retentionMonths: 24,
  declinedRetentionMonths: 3,
  contactEmail: "tezamen@tezamen.example",
  privacyEmail: "privacy@tezamen.example",
  volunteerIntakeSlots: "di 14:00-16:00, do 18:00-20:00",
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
