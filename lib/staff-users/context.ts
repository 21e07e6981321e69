import { prisma, type Db } from "@/lib/db";

/** What every staff-user use case may be given by tests: another database, another clock. */
export interface UseCaseOptions {
  db?: Db;
  now?: Date;
}

export function resolveOptions(options: UseCaseOptions = {}): { db: Db; now: Date } {
  return { db: options.db ?? prisma, now: options.now ?? new Date() };
}
