import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { OfferKind, OrganisationKind } from "@/lib/generated/prisma/enums";

export interface ReferralTarget {
  id: string;
  name: string;
  kind: OrganisationKind;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Its published offers from the catalogue (/aanbod). */
  offers: {
    id: string;
    slug: string;
    title: string;
    kind: OfferKind;
    neighbourhood: { name: string } | null;
  }[];
}

/** The organisations a request can be referred to, by name, each with its published offers. */
export async function listReferralTargets(
  actor: StaffActor,
  _input: Record<string, never> = {},
  { db = prisma }: { db?: Db; now?: Date } = {},
): Promise<ReferralTarget[]> {
  assertCan(actor, "request:read");
  return db.organisation.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      phone: true,
      email: true,
      website: true,
      offers: {
        where: { status: "PUBLISHED" },
        orderBy: [{ title: "asc" }, { id: "asc" }],
        select: { id: true, slug: true, title: true, kind: true, neighbourhood: { select: { name: true } } },
      },
    },
  });
}
