import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/current-staff";
import Forbidden from "../forbidden";

export const metadata: Metadata = { title: "Geen toegang" };

/**
 * The refusal, rendered into the HTML: proxy.ts rewrites a page the staff
 * member may not open to here, with status 403 (forbidden() alone gives an
 * empty body without JavaScript; docs/decisions/0007-forbidden-without-js.md).
 */
export default async function NoAccessPage() {
  await requireStaff();
  return <Forbidden />;
}
