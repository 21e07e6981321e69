// Dutch words for the audit log page. Unknown actions show their code: new
// use cases appear in the log before anyone names them here.

const ACTION_LABELS: Record<string, string> = {
  "staff.login": "Aangemeld",
  "staff.login-failed": "Aanmelden mislukt",
  "staff.logout": "Afgemeld",
  "staff.enrol-second-factor": "Tweede stap ingesteld",
  "staff-user.invite": "Medewerker uitgenodigd",
  "staff-user.resend-invitation": "Uitnodiging opnieuw gestuurd",
  "staff-user.accept-invitation": "Wachtwoord gekozen via uitnodiging",
  "staff-user.change-role": "Rol gewijzigd",
  "staff-user.deactivate": "Account uitgeschakeld",
  "staff-user.reactivate": "Account weer ingeschakeld",
  "staff-user.reset-second-factor": "Tweede stap gewist",
  "staff-user.send-password-reset": "Link voor nieuw wachtwoord gestuurd",
  "staff-user.reset-password": "Nieuw wachtwoord gekozen via link",
  "staff-user.change-password": "Eigen wachtwoord gewijzigd",
  "staff-user.change-password-failed": "Eigen wachtwoord wijzigen mislukt (huidig wachtwoord fout)",
  "settings.update": "Instellingen gewijzigd",
  "help-request.create": "Aanvraag ontvangen",
  "help-request.view": "Aanvraag bekeken",
  "help-request.search": "Aanvragen gezocht",
  "help-request.sla-warning": "Waarschuwing: termijn bijna om",
  "help-request.sla-escalation": "Termijn verstreken",
  "help-request.log-first-contact": "Eerste contact genoteerd",
  "help-request.log-contact-attempt": "Contactpoging genoteerd",
  "help-request.assess": "Vraag ingeschat",
  "help-request.assign": "Aanvraag toegewezen",
  "help-request.record-subject-consent": "Toestemming van de persoon genoteerd",
  "help-request.refer": "Doorverwezen",
  "help-request.plan-follow-up": "Opvolging gepland",
  "help-request.complete-follow-up": "Opvolging gedaan",
  "help-request.add-note": "Notitie toegevoegd",
  "help-request.close": "Aanvraag afgesloten",
  "help-request.withdraw": "Aanvraag ingetrokken",
  "help-request.propose-link": "Zorgzame buur voorgesteld",
  "volunteer.apply": "Aanmelding vrijwilliger ontvangen",
  "volunteer.view": "Vrijwilliger bekeken",
  "volunteer.plan-intake": "Intakegesprek gepland",
  "volunteer.cancel-intake": "Intakegesprek geannuleerd",
  "volunteer.record-intake-outcome": "Uitkomst intakegesprek genoteerd",
  "volunteer.record-screening": "Screening genoteerd, vrijwilliger actief",
  "volunteer.update-profile": "Profiel vrijwilliger gewijzigd",
  "volunteer.add-note": "Coachingnotitie toegevoegd",
  "volunteer.pause": "Vrijwilliger gepauzeerd",
  "volunteer.resume": "Vrijwilliger weer actief",
  "volunteer.stop": "Vrijwilliger gestopt",
  "volunteer.request-pause": "Vrijwilliger vraagt een pauze",
  "volunteer.login-code-sent": "Aanmeldcode gestuurd aan vrijwilliger",
  "volunteer.login": "Vrijwilliger aangemeld",
  "volunteer.login-failed": "Aanmelden vrijwilliger mislukt",
  "volunteer-link.view": "Koppeling bekeken door vrijwilliger",
  "volunteer-link.respond": "Antwoord op voorstel",
  "volunteer-link.start": "Koppeling gestart",
  "volunteer-link.log-contact": "Contact genoteerd",
  "volunteer-link.check-in": "Opvolggesprek genoteerd",
  "volunteer-link.end": "Koppeling beëindigd",
  "volunteer-link.raise-concern": "Zorg gemeld door vrijwilliger",
  "volunteer-link.check-in-reminder": "Herinnering: opvolggesprek",
  "volunteer-link.no-contact-alert": "Waarschuwing: geen contact in 14 dagen",
  "concern.acknowledge": "Zorg gezien",
  "outbox.reveal-demo-secret": "Geheim uit uitgaande mail getoond (demo)",
};

const ENTITY_LABELS: Record<string, string> = {
  StaffUser: "Medewerker",
  HelpRequest: "Aanvraag",
  Setting: "Instellingen",
  Volunteer: "Vrijwilliger",
  OutboxMessage: "Uitgaande mail",
  VolunteerLink: "Koppeling",
  Concern: "Zorg",
};

export function auditActionLabel(action: string): string | null {
  return ACTION_LABELS[action] ?? null;
}

export function auditEntityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}
