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
  "settings.update": "Instellingen gewijzigd",
  "help-request.create": "Aanvraag ontvangen",
  "help-request.view": "Aanvraag bekeken",
  "help-request.search": "Aanvragen gezocht",
  "help-request.sla-warning": "Waarschuwing: termijn bijna om",
  "help-request.sla-escalation": "Termijn verstreken",
  "volunteer.apply": "Aanmelding vrijwilliger ontvangen",
};

const ENTITY_LABELS: Record<string, string> = {
  StaffUser: "Medewerker",
  HelpRequest: "Aanvraag",
  Setting: "Instellingen",
  Volunteer: "Vrijwilliger",
  OutboxMessage: "Uitgaande mail",
};

export function auditActionLabel(action: string): string | null {
  return ACTION_LABELS[action] ?? null;
}

export function auditEntityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType;
}
