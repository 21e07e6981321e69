import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { AVAILABILITY_SLOTS, NEIGHBOURHOOD_UNKNOWN } from "@/lib/validation/options";
import { updateVolunteerProfileSchema } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/**
 * Changes what a volunteer offers: activities, neighbourhood and how far
 * they go, languages, availability and their maximum number of links. A
 * lower maximum never ends running links; the volunteer just gets no new ones.
 */
export async function updateVolunteerProfile(
  actor: StaffActor,
  input: z.input<typeof updateVolunteerProfileSchema>,
  options: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const form = parseStaffInput(updateVolunteerProfileSchema, input);
  return changeVolunteer(
    actor,
    form.volunteerId,
    { action: "update-profile", ...options },
    async ({ tx, volunteer }) => {
      let neighbourhoodId: string | null = null;
      if (form.neighbourhood && form.neighbourhood !== NEIGHBOURHOOD_UNKNOWN) {
        const hood = await tx.neighbourhood.findUnique({ where: { slug: form.neighbourhood } });
        if (!hood) {
          const message = "Kies een wijk uit de lijst.";
          throw new DomainError("invalid-input", message, { neighbourhood: message });
        }
        neighbourhoodId = hood.id;
      }
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: {
          activities: [...new Set(form.activities)],
          languages: [...new Set(form.languages)],
          availability: AVAILABILITY_SLOTS.filter((slot) => form.availability.includes(slot)),
          travelRange: form.travelRange,
          maxActiveLinks: form.maxActiveLinks,
          neighbourhoodId,
        },
      });
      return {
        event: { type: "PROFILE_UPDATED" },
        audit: { maxActiveLinks: form.maxActiveLinks, travelRange: form.travelRange },
      };
    },
  );
}
