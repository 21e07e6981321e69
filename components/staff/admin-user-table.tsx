import { roleNeedsSecondFactor, ROLE_LABELS } from "@/lib/auth/permissions";
import type { StaffUserRow } from "@/lib/staff-users/list-staff-users";
import { formatStaffDate, formatStaffDateTime } from "./admin-format";
import { ColumnHeads, TableRegion, tdClass, thClass } from "./table-region";
import { AdminUserActions, type AdminUserActionsProps } from "./admin-user-actions";

function Status({ user }: { user: StaffUserRow }) {
  if (!user.isActive) {
    return (
      <>
        <strong>Uitgeschakeld</strong>
        {user.deactivatedAt ? <> sinds {formatStaffDate(user.deactivatedAt)}</> : null}
      </>
    );
  }
  if (user.invitationPending) {
    return user.invitationExpired || !user.inviteExpiresAt ? (
      <>
        <strong>Uitnodiging verlopen</strong>: stuur een nieuwe
      </>
    ) : (
      <>
        <strong>Uitgenodigd</strong>, link werkt tot {formatStaffDate(user.inviteExpiresAt)}
      </>
    );
  }
  return <>Actief</>;
}

function SecondFactor({ user }: { user: StaffUserRow }) {
  if (user.hasSecondFactor) return <>Ja</>;
  if (user.isDemo) return <>Nee (demo-account)</>;
  return roleNeedsSecondFactor(user.role) ? (
    <>
      <strong>Nee</strong>: in te stellen bij de volgende aanmelding
    </>
  ) : (
    <>Niet nodig voor deze rol</>
  );
}

const COLUMNS = ["Naam", "Rol", "Status", "Tweede stap", "Laatst aangemeld", "Wijzigen"];
const COLUMN_WIDTHS = ["min-w-48", "min-w-36", "min-w-36", "min-w-36", "min-w-32", "min-w-56"];

/** Every staff account with its role and status, and per row the changes an admin can make. */
export function AdminUserTable({
  users,
  actions,
}: {
  users: StaffUserRow[];
  actions: AdminUserActionsProps["actions"];
}) {
  return (
    <TableRegion label="Gebruikers (tabel, scrollt opzij)" className="mt-4">
      <table className="w-full border-collapse text-base">
        <caption className="mb-2 text-left text-lg">
          {users.length === 1 ? "1 gebruiker" : `${users.length} gebruikers`}, actieve eerst
        </caption>
        <thead>
          <tr>
            <ColumnHeads columns={COLUMNS} cellClass={(i) => `${thClass} ${COLUMN_WIDTHS[i]}`} />
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className={`${tdClass} text-left font-normal`}>
                <span className="font-bold">{user.name}</span>
                {user.isSelf ? " (jij)" : null}
                <br />
                <span className="[overflow-wrap:anywhere]">{user.email}</span>
              </th>
              <td className={tdClass}>{ROLE_LABELS[user.role]}</td>
              <td className={tdClass}>
                <Status user={user} />
              </td>
              <td className={tdClass}>
                <SecondFactor user={user} />
              </td>
              <td className={tdClass}>
                {user.lastLoginAt ? formatStaffDateTime(user.lastLoginAt) : "Nog nooit"}
              </td>
              <td className={tdClass}>
                {user.isSelf ? (
                  <p className="max-w-64">Je eigen account wijzigt een andere beheerder.</p>
                ) : (
                  <AdminUserActions user={user} actions={actions} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
