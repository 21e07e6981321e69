// The volunteer accepts or declines a proposal on their own page: the same use
// case staff use to record an answer heard by phone (respondToLink).
import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { respondToLink } from "@/lib/volunteer-links/respond-to-link";
import { runMyLinkStep } from "./link-step";

export type LinkResponse = { answer: "accept" } | { answer: "decline"; reason?: string | null };

export async function respondToMyLink(
  actor: VolunteerActor,
  linkId: string,
  response: LinkResponse,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await runMyLinkStep(() =>
    respondToLink(
      actor,
      {
        linkId,
        answer: response.answer === "accept" ? "ACCEPTED" : "DECLINED",
        note: response.answer === "decline" ? (response.reason ?? "") : "",
      },
      { db, now },
    ),
  );
}
