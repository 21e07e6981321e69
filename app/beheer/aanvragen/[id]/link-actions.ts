"use server";

// The link actions on a request's page (propose a caring neighbour; the
// follow-up of a link comes next to it). Each checks the session and
// "link:manage" first, then calls its domain function with the staff member
// as actor (which checks again and decides). A refusal comes back to the form
// in Dutch with everything kept; success goes back to the request's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { DoneKey } from "@/components/staff/request-done-messages";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { readFormValues, valuesToShowAgain } from "@/lib/forms/form-data";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { proposeLinkSchema } from "@/lib/validation/propose-link-schema";
import {
  endLinkSchema,
  linkRefSchema,
  logLinkContactSchema,
  recordCheckInSchema,
  respondToLinkSchema,
} from "@/lib/validation/link-follow-up-schemas";
import { endLink } from "@/lib/volunteer-links/end-link";
import { logLinkContact } from "@/lib/volunteer-links/log-link-contact";
import { proposeLink } from "@/lib/volunteer-links/propose-link";
import { recordCheckIn } from "@/lib/volunteer-links/record-check-in";
import { respondToLink } from "@/lib/volunteer-links/respond-to-link";
import { startLink } from "@/lib/volunteer-links/start-link";
import type { RequestActionState } from "./action-state";

const FORBIDDEN_MESSAGE = "Je rol mag geen vrijwilligers koppelen. Vraag het aan een beheerder.";

type LinkSchema = { in: z.ZodObject } | z.ZodObject;

/** One link action: session and "link:manage", the schema's fields, then the domain function. */
function linkAction<S extends LinkSchema>(
  schema: S,
  done: DoneKey,
  run: (actor: StaffActor, input: z.input<S>) => Promise<{ id: string }>,
) {
  return async (previous: RequestActionState, formData: FormData): Promise<RequestActionState> => {
    const staff = await requireStaffForAction("link:manage");
    const values = readFormValues(formData, "in" in schema ? schema.in : schema);
    let requestId: string;
    try {
      ({ id: requestId } = await run(staff.actor, values as z.input<S>));
    } catch (error) {
      if (isDomainError(error))
        return {
          attempt: previous.attempt + 1,
          values: valuesToShowAgain(values),
          errors: error.fieldErrors,
          message: error.message,
        };
      if (error instanceof ForbiddenError)
        return { attempt: previous.attempt + 1, values, errors: {}, message: FORBIDDEN_MESSAGE };
      throw error;
    }
    revalidatePath(`/beheer/aanvragen/${requestId}`);
    revalidatePath("/beheer");
    redirect(`/beheer/aanvragen/${encodeURIComponent(requestId)}?gedaan=${done}`);
  };
}

export const proposeLinkAction = linkAction(proposeLinkSchema, "gekoppeld", proposeLink);

// The follow-up of a proposed link (the Koppelingen panel).
export const respondToLinkAction = linkAction(respondToLinkSchema, "koppeling-antwoord", respondToLink);
export const startLinkAction = linkAction(linkRefSchema, "koppeling-gestart", startLink);
export const logLinkContactAction = linkAction(logLinkContactSchema, "koppeling-contact", logLinkContact);
export const recordCheckInAction = linkAction(recordCheckInSchema, "koppeling-opvolggesprek", recordCheckIn);
export const endLinkAction = linkAction(endLinkSchema, "koppeling-beeindigd", endLink);
