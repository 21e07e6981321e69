// Bulk-seeds a large, realistic set of help requests for the staff benchmark
// (scripts/bench-staff.ts): persons and reporters with phone numbers
// normalised by the app's own normalizePhone, every status and channel,
// deadlines in every state, assignees, follow-ups and timelines. Rows are
// generated here with a seeded random generator (the same set every run) and
// inserted in large batches through json_populate_recordset, which casts JSON
// to the table's own row type (enums, enum arrays, timestamps); timelines and
// follow-ups are derived from the requests in SQL. Two years of requests:
// within the default 24-month retention, so none would be anonymised yet.
import pg from "pg";
import type { AgeGroup, Channel, HelpRequestStatus, Urgency } from "../../lib/generated/prisma/enums";
import { generateReference } from "../../lib/help-requests/reference";
import { normalizePhone } from "../../lib/phone/normalize-phone";
import {
  CLOSE_OUTCOME_OPTIONS,
  CONTACT_TIME_OPTIONS,
  LONELINESS_TYPE_OPTIONS,
  NEED_OPTIONS,
} from "../../lib/validation/options";
import { values } from "../../lib/validation/staff-fields";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SLA_HOURS = 24;

/** Deterministic random numbers (mulberry32): every run seeds the same requests. */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries.at(-1)![0];
  };
  const some = <T>(items: readonly T[], max: number): T[] => {
    const count = 1 + Math.floor(next() * max);
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  /** A cuid-shaped id: 25 characters, in random order (as the app's own ids are in an index). */
  const id = () =>
    `c${Array.from({ length: 4 }, () =>
      Math.floor(next() * 36 ** 6)
        .toString(36)
        .padStart(6, "0"),
    ).join("")}`;
  return { next, pick, weighted, some, id, chance: (p: number) => next() < p };
}

const FIRST_NAMES = [
  "Maria", "Jozef", "Anna", "Jan", "Rita", "Marc", "Lieve", "Luc", "Godelieve", "Frans", "Simonne",
  "Willy", "Paula", "Roger", "Jeanine", "André", "Yvonne", "Eddy", "Monique", "Gilbert", "Lisa",
  "Emma", "Noah", "Louis", "Sofie", "Tom", "Els", "Bart", "Ahmed", "Fatima", "Mohamed", "Aylin",
  "Mehmet", "Olena", "Ivan", "Nadia", "Youssef", "Amina", "Kevin", "Jasper", "Hanne", "Wouter",
  "Ingrid", "Hilde", "Dirk", "Chantal", "Patrick", "Nicole", "Georgette", "Marcel", "Irma", "Odette",
] as const; // prettier-ignore
const LAST_NAMES = [
  "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
  "De Smet", "Dubois", "Hermans", "Aerts", "Michiels", "Smets", "Van den Broeck", "Verstraeten",
  "Lambrechts", "Cools", "Van Dyck", "Vermeulen", "De Backer", "Stevens", "Pauwels", "Leysen",
  "Van Hoof", "Segers", "Vervoort", "Bogaerts", "Huybrechts", "El Amrani", "Yilmaz", "Kaya",
  "Benali", "Kovalenko", "Nowak", "Diallo", "Van Roy", "De Wit", "Vandenberghe", "Coppens",
  "Verhaegen", "Desmet", "Thys", "Wuyts", "Van Loock", "Verbruggen", "Geerts", "Moens", "Hendrickx",
] as const; // prettier-ignore
const RELATIONS = ["buurvrouw", "buurman", "dochter", "zoon", "nicht", "vriendin", "huisarts"] as const;
const MESSAGES = [
  "Ik zie bijna niemand meer sinds mijn man overleden is.",
  "Mijn moeder zit de hele dag alleen en belt mij elke dag.",
  "Ik zou graag eens met iemand gaan wandelen.",
  "Sinds ik verhuisd ben ken ik hier niemand.",
  "Ik heb hulp nodig met mijn computer om te videobellen met mijn kleinkinderen.",
] as const;

const STATUS_WEIGHTS: Record<HelpRequestStatus, number> = {
  NEW: 1.5,
  CONTACTED: 1.5,
  ASSESSED: 1,
  LINKED: 1,
  REFERRED: 0.5,
  FOLLOW_UP: 1.5,
  CLOSED: 86,
  WITHDRAWN: 7,
};
const CHANNEL_WEIGHTS: Record<Channel, number> = {
  WEBSITE: 35,
  PHONE_LINE: 25,
  LOCAL_SERVICE_CENTRE: 10,
  NEIGHBOURHOOD_POLICE: 5,
  OUTREACH: 8,
  CARE_COACH: 7,
  PARTNER: 7,
  OTHER: 3,
};
const PARTNER: readonly Channel[] = [
  "LOCAL_SERVICE_CENTRE",
  "NEIGHBOURHOOD_POLICE",
  "OUTREACH",
  "CARE_COACH",
  "PARTNER",
];
const NEEDS = values(NEED_OPTIONS);
const LONELINESS = values(LONELINESS_TYPE_OPTIONS);
const AGE_GROUPS: readonly AgeGroup[] = ["AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_74", "AGE_75_PLUS", "AGE_75_PLUS"]; // prettier-ignore
const CONTACT_TIMES = values(CONTACT_TIME_OPTIONS);
const URGENCY: Record<Urgency, number> = { LOW: 25, NORMAL: 60, HIGH: 13, CRISIS: 2 };
const OUTCOMES = values(CLOSE_OUTCOME_OPTIONS);
const LANGUAGES = { nl: 85, fr: 5, en: 4, ar: 3, tr: 3 } as const;
const ASSESSED: readonly HelpRequestStatus[] = ["ASSESSED", "LINKED", "REFERRED", "FOLLOW_UP"];

/** A phone number written the way residents and staff write them, stored as the app stores it. */
function phone(rnd: ReturnType<typeof generator>, n: number): string {
  const digits = String(n % 1_000_000).padStart(6, "0");
  const mobile = `04${rnd.pick(["70", "75", "77", "86", "94", "96"])}`;
  const written = rnd.pick([
    `${mobile} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`,
    `${mobile}/${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`,
    `+32 ${mobile.slice(1)} ${digits}`,
    `015 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`,
  ]);
  const e164 = normalizePhone(written);
  if (!e164) throw new Error(`bench seed: not a phone number: ${written}`);
  return e164;
}

type Row = Record<string, unknown>;

async function insertRows(client: pg.ClientBase, table: string, rows: Row[], batch = 5_000) {
  for (let i = 0; i < rows.length; i += batch) {
    await client.query(
      `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      [JSON.stringify(rows.slice(i, i + batch))],
    );
  }
}

/**
 * Drops the secondary indexes of `tables` (those that back no constraint) and
 * returns a function that creates them again from their own definitions: one
 * bulk index build is many times faster than 100,000 single inserts into a
 * trigram index. Primary keys and constraints stay, so every row is checked.
 */
async function dropIndexes(client: pg.ClientBase, tables: string[]): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const { indexname } of rows) await client.query(`DROP INDEX "${indexname}"`);
  return async () => {
    for (const { indexdef } of rows) await client.query(indexdef);
  };
}

export interface BulkSeedResult {
  requests: number;
  persons: number;
  reporters: number;
  timelineEvents: number;
  followUps: number;
}

/**
 * Seeds `count` help requests, assigned among `assigneeIds` (the first one
 * gets its share like the others), into a database that has the content
 * (neighbourhoods, organisations) but no requests yet.
 */
export async function seedBulkRequests(
  databaseUrl: string,
  {
    count,
    assigneeIds,
    now = new Date(),
    log = () => {},
  }: { count: number; assigneeIds: string[]; now?: Date; log?: (message: string) => void },
): Promise<BulkSeedResult> {
  const rnd = generator(20261123);
  let t = performance.now();
  const step = (what: string) => {
    log(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hoods = (await client.query<{ id: string }>(`SELECT id FROM "Neighbourhood"`)).rows.map(
      (r) => r.id,
    );
    const orgs = (await client.query<{ id: string }>(`SELECT id FROM "Organisation"`)).rows.map((r) => r.id);
    const persons: Row[] = [];
    const reporters: Row[] = [];
    const requests: Row[] = [];
    const references = new Set<string>();
    const iso = (ms: number) => new Date(Math.min(ms, now.getTime())).toISOString();

    for (let i = 0; i < count; i++) {
      const status = rnd.weighted(STATUS_WEIGHTS);
      const open = status !== "CLOSED" && status !== "WITHDRAWN";
      const channel = rnd.weighted(CHANNEL_WEIGHTS);
      const hood = rnd.chance(0.9) ? rnd.pick(hoods) : null;
      // Open requests are recent; NEW ones from the last three days (about two thirds overdue).
      const ageMs =
        status === "NEW"
          ? rnd.next() * 3 * DAY
          : open
            ? rnd.next() * 60 * DAY
            : 5 * DAY + rnd.next() * 725 * DAY;
      const received = now.getTime() - ageMs;
      // A moment after `from`, at most `maxGap` later and never in the future.
      const after = (from: number, maxGap: number) =>
        from + rnd.next() * Math.min(maxGap, now.getTime() - from);
      const contacted = status === "NEW" || (!open && rnd.chance(0.05)) ? null : after(received, 30 * HOUR);
      const assessed =
        contacted && (ASSESSED.includes(status) || (status === "CLOSED" && rnd.chance(0.8)))
          ? after(contacted, 72 * HOUR)
          : null;
      const closed = open ? null : after(assessed ?? contacted ?? received, 90 * DAY);

      // One in twelve is a second request of an earlier person.
      let personId: string;
      if (persons.length > 0 && rnd.chance(1 / 12)) personId = rnd.pick(persons).id as string;
      else {
        personId = rnd.id();
        const p = rnd.chance(0.92) ? phone(rnd, persons.length) : null;
        persons.push({
          id: personId,
          firstName: rnd.pick(FIRST_NAMES),
          lastName: rnd.chance(0.95) ? rnd.pick(LAST_NAMES) : null,
          phoneE164: p,
          email: rnd.chance(0.3) ? `inwoner${persons.length}@voorbeeld.be` : null,
          streetAddress: rnd.chance(0.6) ? `Kerkstraat ${1 + (persons.length % 200)}` : null,
          postalCode: rnd.chance(0.6) ? rnd.pick(["2800", "2801", "2811", "2812"]) : null,
          neighbourhoodId: hood,
          createdAt: iso(received),
          updatedAt: iso(received),
        });
      }
      const forOther = rnd.chance(0.25) || PARTNER.includes(channel);
      let reporterId: string | null = null;
      if (forOther) {
        reporterId = rnd.id();
        reporters.push({
          id: reporterId,
          firstName: rnd.pick(FIRST_NAMES),
          lastName: rnd.pick(LAST_NAMES),
          phoneE164: phone(rnd, 500_000 + reporters.length),
          relation: PARTNER.includes(channel) ? null : rnd.pick(RELATIONS),
          organisationId: PARTNER.includes(channel) ? rnd.pick(orgs) : null,
          createdAt: iso(received),
          updatedAt: iso(received),
        });
      }
      let reference = generateReference();
      while (references.has(reference)) reference = generateReference();
      references.add(reference);
      const assigned = status === "NEW" ? rnd.chance(0.2) : rnd.chance(0.9);
      const consent = forOther ? (contacted ? "CONSENTED" : "REPORTED") : "NOT_APPLICABLE";
      requests.push({
        id: rnd.id(),
        reference,
        channel,
        status,
        requestFor: forOther ? "SOMEONE_ELSE" : "SELF",
        subjectAwareness: forOther ? rnd.pick(["YES", "NO", "NOT_SURE"]) : null,
        subjectConsent: consent,
        subjectConsentAt: consent === "NOT_APPLICABLE" ? null : iso(contacted ?? received),
        needs: rnd.some(NEEDS, 2),
        message: channel === "WEBSITE" && rnd.chance(0.6) ? rnd.pick(MESSAGES) : null,
        bestTimeToCall: rnd.pick(CONTACT_TIMES),
        language: rnd.weighted(LANGUAGES),
        ageGroup: rnd.chance(0.8) ? rnd.pick(AGE_GROUPS) : null,
        lonelinessTypes: assessed ? rnd.some(LONELINESS, 2) : [],
        urgency: assessed ? rnd.weighted(URGENCY) : null,
        closeOutcome: status === "CLOSED" ? rnd.pick(OUTCOMES) : null,
        receivedAt: iso(received),
        dueAt: new Date(received + SLA_HOURS * HOUR).toISOString(),
        firstContactAt: contacted ? iso(contacted) : null,
        assessedAt: assessed ? iso(assessed) : null,
        closedAt: closed ? iso(closed) : null,
        followUpAt: status === "FOLLOW_UP" ? iso(now.getTime() + (rnd.next() * 21 - 7) * DAY) : null,
        consentGivenAt: iso(received),
        consentTextVersion: "2026-01",
        retainUntil: closed ? new Date(closed + 730 * DAY).toISOString() : null,
        personId,
        reporterId,
        neighbourhoodId: hood,
        assigneeId: assigned ? rnd.pick(assigneeIds) : null,
        createdById: channel === "WEBSITE" ? null : rnd.pick(assigneeIds),
        createdAt: iso(received),
        updatedAt: iso(closed ?? assessed ?? contacted ?? received),
      });
    }

    step("generated the rows");
    await client.query("BEGIN");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const restoreIndexes = await dropIndexes(client, ["Person", "Reporter", "HelpRequest", "TimelineEvent"]);
    await insertRows(client, "Person", persons);
    await insertRows(client, "Reporter", reporters);
    await insertRows(client, "HelpRequest", requests);
    step("inserted persons, reporters and requests");
    const timeline = await seedTimelines(client);
    const followUps = await client.query(`
      INSERT INTO "FollowUp" ("id", "dueAt", "note", "helpRequestId", "assigneeId", "createdAt", "updatedAt")
      SELECT 'fu' || substr(md5(r."id"), 1, 23), r."followUpAt", 'Even bellen hoe het gaat.', r."id",
             r."assigneeId", r."updatedAt", r."updatedAt"
      FROM "HelpRequest" r WHERE r."followUpAt" IS NOT NULL`);
    step("inserted timelines and follow-ups");
    await restoreIndexes();
    await client.query("COMMIT");
    step("rebuilt the indexes");
    // As autovacuum would have by now: statistics, and a visibility map for index-only scans.
    await client.query("VACUUM ANALYZE");
    step("VACUUM ANALYZE");
    return {
      requests: requests.length,
      persons: persons.length,
      reporters: reporters.length,
      timelineEvents: timeline,
      followUps: followUps.rowCount ?? 0,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The timeline each request's columns imply: received, a failed call for
 * some, the first contact, the assessment, a note for about a third, the end.
 */
async function seedTimelines(client: pg.ClientBase): Promise<number> {
  const result = await client.query(`
    INSERT INTO "TimelineEvent"
      ("id", "type", "occurredAt", "fromStatus", "toStatus", "note", "helpRequestId", "actorStaffId", "createdAt", "updatedAt")
    SELECT 'te' || substr(md5(r."id" || e.type), 1, 23), e.type::"TimelineEventType", e.at, e."from"::"HelpRequestStatus",
           e."to"::"HelpRequestStatus", e.note, r."id", CASE WHEN e.type = 'RECEIVED' THEN r."createdById" ELSE r."assigneeId" END,
           e.at, e.at
    FROM "HelpRequest" r
    CROSS JOIN LATERAL (VALUES
      ('RECEIVED', r."receivedAt", NULL, 'NEW', NULL),
      ('CONTACT_ATTEMPT', r."receivedAt" + interval '20 minutes', NULL, NULL,
         CASE WHEN hashtext(r."id") % 5 = 0 THEN 'Niet opgenomen, voicemail ingesproken.' END),
      ('FIRST_CONTACT', r."firstContactAt", 'NEW', 'CONTACTED', 'Eerste gesprek gehad.'),
      ('ASSESSED', r."assessedAt", 'CONTACTED', 'ASSESSED', NULL),
      ('NOTE', r."updatedAt", NULL, NULL,
         CASE WHEN hashtext(r."id") % 3 = 0 THEN 'Dochter woont in het buitenland; belt zelf wekelijks.' END),
      (r."status"::text, r."closedAt", NULL, r."status"::text, r."closeNote")
    ) AS e(type, at, "from", "to", note)
    WHERE e.at IS NOT NULL
      AND (e.type NOT IN ('CONTACT_ATTEMPT', 'NOTE') OR e.note IS NOT NULL)
      AND (e.type NOT IN ('CLOSED', 'WITHDRAWN') OR r."closedAt" IS NOT NULL)
      AND e.type IN ('RECEIVED', 'CONTACT_ATTEMPT', 'FIRST_CONTACT', 'ASSESSED', 'NOTE', 'CLOSED', 'WITHDRAWN')`);
  return result.rowCount ?? 0;
}
