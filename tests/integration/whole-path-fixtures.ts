// The request of the whole-path stories (volunteer-whole-path.test.ts and
// tests/e2e/volunteer-whole-path.spec.ts): assessed, about someone in Leest
// who speaks Tamazight and prefers the evening, so the new volunteer of the
// story (Leest, Tamazight, evenings) ranks near the top whatever else is in
// the database. Its surname, e-mail, address, reporter and message are unique
// values a volunteer must never see.
import type { Db } from "@/lib/db";
import { makeRequest, uniquePhone } from "./staff-request-fixtures";

export async function makeLeestRequest(
  db: Db,
  run: string,
  { subjectConsent, receivedAt }: { subjectConsent: "ASKED" | "CONSENTED"; receivedAt?: Date },
) {
  const leest = await db.neighbourhood.findUniqueOrThrow({ where: { slug: "leest" } });
  const person = {
    firstName: `Fadma${run}`,
    lastName: `Achternaam${run}`,
    phoneE164: uniquePhone().e164,
    email: `fadma-${run}@thuis.example`,
    streetAddress: `Geheimstraat ${run}`,
  };
  const reporterName = `Buurvrouw${run}`;
  const message = `Geheim bericht ${run}`;
  const request = await makeRequest(db, {
    status: "ASSESSED",
    requestFor: "SOMEONE_ELSE",
    subjectConsent,
    reporter: { firstName: reporterName, phoneE164: uniquePhone().e164 },
    neighbourhoodId: leest.id,
    needs: ["CHAT_OR_CALL"],
    message,
    receivedAt,
    person,
  });
  await db.helpRequest.update({
    where: { id: request.id },
    data: { language: "ber", bestTimeToCall: "EVENING" },
  });
  return {
    request,
    person,
    /** What no volunteer may see: the rest of the person, who asked, and what they wrote. */
    secrets: [person.lastName, person.email, person.streetAddress, reporterName, message],
  };
}
