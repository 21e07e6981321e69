// `npm run db:seed`: loads the demo content when the database has none yet.
// Demo staff accounts (with a published password) are loaded only into the
// embedded demo database (TEZAMEN_DEMO_DATABASE=1, set by scripts/start.mjs
// when DATABASE_URL is unset), never into a configured one.
import { createPrismaClient } from "../../lib/db";
import { isDemoDatabase } from "../../lib/auth/authenticate-staff";
import { loadDemoLinkActivity } from "./demo-link-activity";
import { loadDemoRequests } from "./demo-requests";
import { loadDemoStaff } from "./demo-staff";
import { loadDemoVolunteers } from "./demo-volunteers";
import { loadContent } from "./load-content";

const db = createPrismaClient();
try {
  if ((await db.setting.count()) > 0) {
    console.log("[tezamen] The database already has content: demo content not loaded.");
  } else {
    await loadContent(db);
    console.log("[tezamen] Demo content loaded.");
  }
  if (isDemoDatabase() && (await db.staffUser.count()) === 0) {
    await loadDemoStaff(db);
    console.log("[tezamen] Demo staff accounts loaded (see README).");
  }
  // Fictional requests and volunteers, so a newcomer sees a living queue: demo database only.
  if (isDemoDatabase() && (await db.helpRequest.count()) === 0) {
    await loadDemoRequests(db, new Date());
    await loadDemoVolunteers(db, new Date());
    await loadDemoLinkActivity(db, new Date());
    console.log("[tezamen] Demo requests and volunteers loaded.");
  }
} finally {
  await db.$disconnect();
}
