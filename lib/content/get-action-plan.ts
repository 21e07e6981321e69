import "server-only";
import { prisma, type Db } from "@/lib/db";

/** The published lines of action of the plan, in order, each with its actions in order. */
export function getActionPlan(db: Db = prisma) {
  return db.actionLine.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      summary: true,
      body: true,
      actions: {
        orderBy: { number: "asc" },
        select: { number: true, title: true, summary: true, body: true, status: true },
      },
    },
  });
}

export type ActionPlanLine = Awaited<ReturnType<typeof getActionPlan>>[number];
