// Server-action forms as a browser without JavaScript sends them: the hidden
// fields Next renders into each progressive-enhancement form (the action's id
// and its bound state), read from the real page, and a multipart POST of
// those fields plus the visible ones to the page's URL.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";

export type Fields = readonly (readonly [string, string])[];

interface ManifestEntry {
  exportedName: string;
  filename: string;
}

/** Every server action of the build, by id: its exported name and file (Next's own manifest). */
export function serverActions(): Map<string, ManifestEntry> {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return new Map(Object.entries(manifest.node));
}

/**
 * The hidden action fields of every form on the page, by the exported name of
 * the action it posts to. A plain form action renders `$ACTION_ID_<id>`; one
 * from useActionState renders `$ACTION_REF_n`, `$ACTION_n:0` ({"id", "bound"})
 * and the bound state.
 */
export async function actionFormsOn(page: Page, url: string): Promise<Map<string, Fields>> {
  await page.goto(url);
  const forms = await page.evaluate(() =>
    Array.from(document.forms).map((form) =>
      Array.from(form.querySelectorAll<HTMLInputElement>('input[type="hidden"]'))
        .filter((input) => input.name.startsWith("$ACTION"))
        .map((input) => [input.name, input.value] as const),
    ),
  );
  const actions = serverActions();
  const found = new Map<string, Fields>();
  for (const fields of forms) {
    const id = actionIdOf(fields);
    const entry = id ? actions.get(id) : undefined;
    if (entry && !found.has(entry.exportedName)) found.set(entry.exportedName, fields);
  }
  return found;
}

function actionIdOf(fields: Fields): string | null {
  for (const [name, value] of fields) {
    if (name.startsWith("$ACTION_ID_")) return name.slice("$ACTION_ID_".length);
    if (/^\$ACTION_\d+:0$/.test(name)) return (JSON.parse(value) as { id: string }).id;
  }
  return null;
}

/** Posts a form the way a browser without JavaScript does; redirects are not followed. */
export function postForm(
  request: APIRequestContext,
  url: string,
  fields: Fields,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return request.post(url, {
    multipart: body,
    maxRedirects: 0,
    // A browser sends its origin; Next refuses server actions from another one.
    headers: { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}`, ...headers },
  });
}
