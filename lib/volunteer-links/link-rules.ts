// Pure rules of a link's follow-up, next to the lifecycle table: the Dutch
// refusal of an impossible status change.
import type { VolunteerLinkStatus } from "@/lib/generated/prisma/enums";
import { canLinkTransition, LINK_STATUS_LABELS } from "./lifecycle";

/** Why a link can't go from one status to another, in Dutch for staff and volunteers. */
export function linkTransitionRefusal(from: VolunteerLinkStatus, to: VolunteerLinkStatus): string | null {
  if (canLinkTransition(from, to)) return null;
  if (from === "ENDED") return "Deze koppeling is al beëindigd.";
  if (from === "DECLINED") return "Deze koppeling is geweigerd. Er kan niets meer aan veranderen.";
  if (from === to) return `Deze koppeling heeft die status al: ${LINK_STATUS_LABELS[to].toLowerCase()}.`;
  if (to === "ACTIVE") return "Een koppeling start pas als de vrijwilliger ze aanvaard heeft.";
  if (to === "ACCEPTED" || to === "DECLINED") return "De vrijwilliger heeft op dit voorstel al geantwoord.";
  return `Een koppeling met status '${LINK_STATUS_LABELS[from].toLowerCase()}' kan niet naar '${LINK_STATUS_LABELS[to].toLowerCase()}'.`;
}
