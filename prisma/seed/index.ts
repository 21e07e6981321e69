// `npm run db:seed`: loads the demo content when the database has none yet.
import { createPrismaClient } from "../../lib/db";
import { loadContent } from "./load-content";

const db = createPrismaClient();
try {
  if ((await db.setting.count()) > 0) {
    console.log("[tezamen] The database already has content: demo content not loaded.");
  } else {
    await loadContent(db);
    console.log("[tezamen] Demo content loaded.");
  }
} finally {
  await db.$disconnect();
}
