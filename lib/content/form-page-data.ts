import "server-only";
import { isDatabaseUnavailable } from "@/lib/db";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { getPublishedPage } from "./get-page";
import { listNeighbourhoods } from "./list-neighbourhoods";

/**
 * What the page around a public form reads. Nothing here may keep the form
 * from showing: the page's own text falls back to a built-in one (null), and
 * without the neighbourhoods the form still works (that question is
 * optional); `down` says the database is unreachable, so the page can warn
 * before anyone fills in the form.
 */
export async function loadFormPageData(slug: string) {
  const [settings, page, neighbourhoods] = await Promise.all([
    getSettingsOrDefaults(),
    getPublishedPage(slug).catch(() => null),
    listNeighbourhoods().then(
      (list) => ({ list, down: false }),
      (error: unknown) => ({ list: [], down: isDatabaseUnavailable(error) }),
    ),
  ]);
  return { settings, page, neighbourhoods };
}
