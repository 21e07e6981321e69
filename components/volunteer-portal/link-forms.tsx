"use client";

import { RadioGroup } from "@/components/forms/choice-group";
import { TextArea } from "@/components/forms/text-area";
import { CONCERN_CATEGORY_OPTIONS, CONTACT_KIND_OPTIONS } from "@/lib/validation/volunteer-portal-schemas";
import { PendingNote, PortalButton, PortalForm, type PortalAction } from "./portal-form";

interface LinkFormProps {
  action: PortalAction;
  linkId: string;
}

/** Accept a proposal in one tap; declining may say why. */
export function RespondForms({ action, linkId }: LinkFormProps) {
  return (
    <div className="grid gap-8">
      <PortalForm action={action} linkId={linkId} title="Aanvaarden lukte niet">
        {() => (
          <>
            <PortalButton name="answer" value="accept">
              Ja, ik doe het
            </PortalButton>
            <PendingNote text="Even geduld…" />
          </>
        )}
      </PortalForm>
      <PortalForm action={action} linkId={linkId} title="Weigeren lukte niet" fieldOrder={["reason"]}>
        {(state) => (
          <>
            <input type="hidden" name="answer" value="decline" />
            <TextArea
              name="reason"
              label="Liever niet? Zeg gerust waarom"
              hint="Bijvoorbeeld: te ver, geen tijd. Zo zoeken we iemand anders."
              optional
              rows={3}
              defaultValue={state.values.reason}
              error={state.errors.reason}
            />
            <PortalButton quiet>Nee, liever niet</PortalButton>
            <PendingNote text="Even geduld…" />
          </>
        )}
      </PortalForm>
    </div>
  );
}

/** "Gebeld", "Bezocht", "Samen boodschappen": one tap. "Iets anders" with a few words. */
export function ContactForms({ action, linkId }: LinkFormProps) {
  const oneTap = CONTACT_KIND_OPTIONS.filter((o) => o.value !== "OTHER");
  return (
    <div className="grid gap-8">
      <PortalForm action={action} linkId={linkId} title="Noteren lukte niet">
        {() => (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              {oneTap.map((option) => (
                <PortalButton key={option.value} name="kind" value={option.value}>
                  {option.label}
                </PortalButton>
              ))}
            </div>
            <PendingNote text="Even geduld, we noteren het…" />
          </>
        )}
      </PortalForm>
      <PortalForm action={action} linkId={linkId} title="Noteren lukte niet" fieldOrder={["note"]}>
        {(state) => (
          <>
            <input type="hidden" name="kind" value="OTHER" />
            <TextArea
              name="note"
              label="Iets anders gedaan? Schrijf kort wat"
              rows={2}
              defaultValue={state.values.note}
              error={state.errors.note}
            />
            <PortalButton quiet>Iets anders noteren</PortalButton>
            <PendingNote text="Even geduld, we noteren het…" />
          </>
        )}
      </PortalForm>
    </div>
  );
}

/** "Ik maak me zorgen": what kind of worry, and a few words. Reaches the coordinator at once. */
export function ConcernForm({ action, linkId }: LinkFormProps) {
  return (
    <PortalForm
      action={action}
      linkId={linkId}
      title="Je zorg is nog niet verstuurd"
      fieldOrder={["category", "body"]}
    >
      {(state) => (
        <>
          <RadioGroup
            name="category"
            legend="Waarover maak je je zorgen?"
            options={CONCERN_CATEGORY_OPTIONS}
            defaultValue={state.values.category}
            error={state.errors.category}
          />
          <TextArea
            name="body"
            label="Wat viel je op?"
            hint="Een paar woorden is genoeg. De coördinator belt je als het nodig is."
            rows={3}
            defaultValue={state.values.body}
            error={state.errors.body}
          />
          <PortalButton>Zorg doorgeven</PortalButton>
          <PendingNote text="Even geduld, we geven je zorg door…" />
        </>
      )}
    </PortalForm>
  );
}

/** Ask for a pause, with an optional note. */
export function PauseForm({ action }: { action: PortalAction }) {
  return (
    <PortalForm
      action={action}
      title="Je vraag is nog niet verstuurd"
      fieldOrder={["note"]}
      className="max-w-xl"
    >
      {(state) => (
        <>
          <TextArea
            name="note"
            label="Wil je iets zeggen over je pauze?"
            hint="Bijvoorbeeld hoe lang, of waarom. Je hoeft niets uit te leggen."
            optional
            rows={3}
            defaultValue={state.values.note}
            error={state.errors.note}
          />
          <PortalButton>Pauze vragen</PortalButton>
          <PendingNote text="Even geduld…" />
        </>
      )}
    </PortalForm>
  );
}
