import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getClientKey } from "@/lib/request-context/client-key";
import { fieldErrors } from "@/lib/validation/fields";
import { readFormValues, valuesToShowAgain } from "./form-data";
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, type FormErrorKind, type FormState } from "./form-state";
import { issueFormToken, verifyFormToken, type FormPurpose } from "./form-token";
import type { SubmitFailure } from "./submit-once";

export type SubmitOutcome = { ok: true; redirectTo: string } | SubmitFailure;

export interface FormActionConfig<I> {
  /** The previous state (from useActionState); only its counter is used, nothing in it is trusted. */
  previous: FormState | undefined;
  formData: FormData;
  purpose: FormPurpose;
  /** The form's fields (a z.object): which values to read and keep. */
  fields: z.ZodObject;
  /** The full schema (fields + whole-form rules) whose output the domain function takes. */
  schema: z.ZodType<I>;
  /** Stores the submission; returns where to go once it is committed. */
  submit: (input: I, ctx: { clientKey: string; submissionToken: string }) => Promise<SubmitOutcome>;
}

/**
 * The server side of every public form, in one place: token, honeypot,
 * validation, minimum fill time, then the domain function (which applies the
 * rate limit and idempotency). Every way back keeps what the person typed and
 * the same token; only success redirects.
 */
export async function runFormAction<I>(config: FormActionConfig<I>): Promise<FormState> {
  const { formData, purpose } = config;
  const values = readFormValues(formData, config.fields);
  const submission = (config.previous?.submission ?? 0) + 1;
  const back = (
    token: string,
    formError: FormErrorKind | null,
    errors: Record<string, string> = {},
  ): FormState => ({
    values: valuesToShowAgain(values),
    errors,
    formError,
    token,
    submission,
  });

  const token = formData.get(FORM_TOKEN_FIELD);
  const check = verifyFormToken(token, purpose);
  if (!check.valid) {
    // Not our form (or a tampered token): say nothing specific, offer a fresh token.
    console.warn(`[forms] ${purpose}: invalid form token`);
    return back(issueFormToken(purpose), "rejected");
  }
  const keptToken = token as string;

  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    console.warn(`[forms] ${purpose}: honeypot filled in, nothing stored`);
    return back(keptToken, "rejected");
  }

  const parsed = config.schema.safeParse(values);
  if (!parsed.success) return back(keptToken, "invalid", fieldErrors(parsed.error));

  if (check.tooFast) return back(keptToken, "too-fast");

  let outcome: SubmitOutcome;
  try {
    outcome = await config.submit(parsed.data, {
      clientKey: await getClientKey(),
      submissionToken: check.nonce,
    });
  } catch (error) {
    // Whatever went wrong, nothing was committed (the domain function commits
    // last): the person gets the form back, filled in, with the phone number.
    console.error(`[forms] ${purpose}: submission failed: ${describeError(error)}`);
    outcome = { ok: false, reason: "unavailable" };
  }
  if (!outcome.ok) return back(keptToken, outcome.reason);
  redirect(outcome.redirectTo);
}

/**
 * An error for the server log without what the person typed: Prisma puts the
 * arguments of a failed query in its message, so only the first line of the
 * message, the code and the stack frames are kept.
 */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.split("\n")[0]?.slice(0, 200) ?? "";
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 8)
    .join("\n");
  return `${error.name}${code ? ` ${String(code)}` : ""}: ${firstLine}\n${frames}`;
}
