import "server-only";
import { headers } from "next/headers";
import { serverSecret } from "@/lib/forms/server-secret";
import { clientAddressFromHeaders, hashClientAddress } from "./client-address";

/**
 * The current client as a salted hash of its address (never the raw address):
 * the rate-limit key and the ipHash of audit events. Only in server actions,
 * route handlers and server components.
 */
export async function getClientKey(): Promise<string> {
  return hashClientAddress(clientAddressFromHeaders(await headers()), serverSecret());
}
