"use client";

// The follow-up forms of one link on a request's page: the volunteer's
// answer (heard by phone), the start, a contact, a check-in and the end.
// Each is a plain HTML form in the RequestActionForm frame: it works without
// JavaScript, and ids are unique per link (a request may have several).
import { RadioGroup } from "@/components/forms/choice-group";
import { TextArea } from "@/components/forms/text-area";
import { LINK_ANSWER_OPTIONS, LINK_CONTACT_KIND_OPTIONS } from "@/lib/validation/link-follow-up-schemas";
import { NoteField } from "../request-action-fields";
import { RequestActionForm, type ActionFormProps } from "../request-action-kit";

interface ForLink extends ActionFormProps {
  linkId: string;
}

function LinkIdField({ linkId }: { linkId: string }) {
  return <input type="hidden" name="linkId" value={linkId} />;
}

export function RespondToLinkForm({ linkId, ...props }: ForLink) {
  return (
    <RequestActionForm
      {...props}
      prefix={`antwoord-${linkId}`}
      title="Antwoord van de vrijwilliger noteren"
      intro="Zei de vrijwilliger aan de telefoon ja of nee? Noteer het hier. De vrijwilliger kan ook zelf antwoorden op de eigen pagina."
      fieldOrder={["answer", "note"]}
      submitLabel="Antwoord noteren"
    >
      {(f) => (
        <>
          <LinkIdField linkId={linkId} />
          <RadioGroup
            {...f.radio("answer")}
            legend="Wat antwoordde de vrijwilliger?"
            options={LINK_ANSWER_OPTIONS}
            inline
          />
          <NoteField f={f} label="Notitie" hint="Bijvoorbeeld waarom niet." />
        </>
      )}
    </RequestActionForm>
  );
}

export function StartLinkForm({ linkId, ...props }: ForLink) {
  return (
    <RequestActionForm
      {...props}
      prefix={`start-${linkId}`}
      title="Koppeling starten"
      intro="Hebben de vrijwilliger en de persoon kennisgemaakt? Dan start de koppeling. Het eerste opvolggesprek is een week later."
      fieldOrder={[]}
      submitLabel="Koppeling starten"
    >
      {() => <LinkIdField linkId={linkId} />}
    </RequestActionForm>
  );
}

export function LogLinkContactForm({ linkId, ...props }: ForLink) {
  return (
    <RequestActionForm
      {...props}
      prefix={`contact-${linkId}`}
      title="Contact noteren"
      intro="Voor een contact dat de vrijwilliger aan jou doorgaf."
      fieldOrder={["kind", "note"]}
      submitLabel="Contact noteren"
    >
      {(f) => (
        <>
          <LinkIdField linkId={linkId} />
          <RadioGroup {...f.radio("kind")} legend="Wat gebeurde er?" options={LINK_CONTACT_KIND_OPTIONS} />
          <NoteField f={f} label="Notitie" />
        </>
      )}
    </RequestActionForm>
  );
}

export function RecordCheckInForm({ linkId, ...props }: ForLink) {
  return (
    <RequestActionForm
      {...props}
      prefix={`opvolggesprek-${linkId}`}
      title="Opvolggesprek noteren"
      intro="Hoe gaat het volgens de vrijwilliger en de persoon? Het volgende opvolggesprek is een maand later."
      fieldOrder={["note"]}
      submitLabel="Opvolggesprek noteren"
    >
      {(f) => (
        <>
          <LinkIdField linkId={linkId} />
          <NoteField f={f} label="Hoe gaat het?" optional={false} />
        </>
      )}
    </RequestActionForm>
  );
}

export function EndLinkForm({ linkId, ...props }: ForLink) {
  return (
    <RequestActionForm
      {...props}
      prefix={`einde-${linkId}`}
      title="Koppeling beëindigen"
      fieldOrder={["reason"]}
      submitLabel="Koppeling beëindigen"
    >
      {(f) => (
        <>
          <LinkIdField linkId={linkId} />
          <TextArea {...f.field("reason")} label="Waarom stopt de koppeling?" rows={3} />
        </>
      )}
    </RequestActionForm>
  );
}
