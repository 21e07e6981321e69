import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { addVolunteerNoteSchema } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/** Adds a coaching note (also for a stopped volunteer); the status stays. */
export async function addVolunteerNote(
  actor: StaffActor,
  input: z.input<typeof addVolunteerNoteSchema>,
  options: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, note } = parseStaffInput(addVolunteerNoteSchema, input);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "add-note", ...options },
    async ({ tx, volunteer }) => {
      await tx.volunteerNote.create({ data: { body: note, volunteerId: volunteer.id, authorId: actor.id } });
      // The history says a note was added; the text itself is in the notes list.
      return { event: { type: "NOTE", note: "Coachingsnotitie toegevoegd." } };
    },
  );
}
