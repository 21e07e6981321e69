import type { Metadata } from "next";
import Link from "next/link";
import { AdminUserTable } from "@/components/staff/admin-user-table";
import { requireStaff } from "@/lib/auth/current-staff";
import { listStaffUsers } from "@/lib/staff-users/list-staff-users";
import {
  changeRoleAction,
  resendInvitationAction,
  resetSecondFactorAction,
  sendPasswordResetAction,
  setActiveAction,
} from "./actions";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function UsersPage() {
  const staff = await requireStaff("user:manage");
  const users = await listStaffUsers(staff.actor);
  return (
    <>
      <h1 className="text-3xl font-extrabold">Gebruikers</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Wie werkt in het beheer, met welke rol. Een nieuwe rol, uitschakelen, de tweede stap wissen of een
        nieuw wachtwoord sturen: die persoon wordt meteen afgemeld.
      </p>
      <p className="mt-4">
        <Link
          href="/beheer/gebruikers/nieuw"
          className="bg-brand-700 hover:bg-brand-900 inline-flex min-h-11 items-center rounded-md px-5 font-bold text-white"
        >
          Iemand uitnodigen
        </Link>
      </p>
      <AdminUserTable
        users={users}
        actions={{
          changeRole: changeRoleAction,
          setActive: setActiveAction,
          resetSecondFactor: resetSecondFactorAction,
          resendInvitation: resendInvitationAction,
          sendPasswordReset: sendPasswordResetAction,
        }}
      />
    </>
  );
}
