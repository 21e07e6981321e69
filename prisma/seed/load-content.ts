// Loads the public demo content written from shared/seeds into an empty database.
import type { Db } from "../../lib/db";
import { DEFAULT_SETTINGS } from "../../lib/settings/defaults";
import { actionLines, actionPlanIntro } from "./data/action-plan";
import { campaigns } from "./data/campaigns";
import { neighbourhoods } from "./data/neighbourhoods";
import { offers } from "./data/offers";
import { organisations } from "./data/organisations";
import { pages } from "./data/pages";
import { testimonies } from "./data/testimonies";

export async function loadContent(db: Db, now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.setting.createMany({
        data: Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value })),
      });

      const hoodIds = new Map<string, string>();
      for (const [i, n] of neighbourhoods.entries()) {
        const row = await tx.neighbourhood.create({
          data: { slug: n.slug, name: n.name, kind: n.kind, sortOrder: i },
        });
        hoodIds.set(n.slug, row.id);
      }
      for (const n of neighbourhoods) {
        const adjacent = n.adjacent.map((slug) => ({ id: hoodIds.get(slug)! }));
        await tx.neighbourhood.update({
          where: { id: hoodIds.get(n.slug)! },
          data: { adjacentTo: { connect: adjacent } },
        });
      }

      const orgIds = new Map<string, string>();
      for (const o of organisations) {
        const row = await tx.organisation.create({ data: o });
        orgIds.set(o.slug, row.id);
      }

      for (const { neighbourhoodSlug, organisationSlug, ...offer } of offers) {
        await tx.offer.create({
          data: {
            ...offer,
            status: "PUBLISHED",
            publishedAt: now,
            neighbourhoodId: neighbourhoodSlug ? hoodIds.get(neighbourhoodSlug)! : null,
            organisationId: orgIds.get(organisationSlug)!,
          },
        });
      }

      await tx.testimony.createMany({
        data: testimonies.map((t) => ({
          ...t,
          status: "PUBLISHED" as const,
          publishedAt: now,
          consentRecordedAt: now,
        })),
      });
      await tx.campaign.createMany({
        data: campaigns.map(({ startsOn, endsOn, ...c }) => ({
          ...c,
          startsOn: new Date(startsOn),
          endsOn: endsOn ? new Date(endsOn) : null,
          status: "PUBLISHED" as const,
          publishedAt: now,
        })),
      });

      for (const { actions, ...line } of actionLines) {
        await tx.actionLine.create({ data: { ...line, actions: { create: actions } } });
      }
      await tx.page.createMany({
        data: [actionPlanIntro, ...pages].map((p) => ({
          ...p,
          status: "PUBLISHED" as const,
          publishedAt: now,
        })),
      });
    },
    { timeout: 60_000 },
  );
}
