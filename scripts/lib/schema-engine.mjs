// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm),
// driven through the pg driver adapter. It computes the same diffs as
// `prisma migrate diff`, without the native engine the CLI would download.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
// The package exports no package.json; resolve its entry file instead.
const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
export const SCHEMA_PATH = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  "../../prisma/schema.prisma",
);

let bindings;
async function loadBindings() {
  if (bindings) return bindings;
  // Node can't import .wasm modules directly: instantiate by hand.
  const bg = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  bindings = bg;
  // The engine reports Rust panics through this global.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m) => console.error(`schema engine panic: ${m}`),
  };
  return bg;
}

// The engine's catalog queries return Postgres' internal one-byte "char" type
// (OID 18), which the pg adapter doesn't map. For this tooling only, report
// it as text, which is what its values are.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const originalRowDescription = pg.Query.prototype.handleRowDescription;
pg.Query.prototype.handleRowDescription = function (msg) {
  for (const field of msg.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return originalRowDescription.call(this, msg);
};

/** Marks the catalog's one-letter code columns as "char", as the engine expects. */
function withCharColumns(factory) {
  const wrap = (adapter) =>
    new Proxy(adapter, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === "queryRaw") {
          return async (query) => {
            const result = await value.call(target, query);
            result.columnNames.forEach((name, i) => {
              if (CHAR_COLUMNS.has(name)) result.columnTypes[i] = ColumnTypeEnum.Character;
            });
            return result;
          };
        }
        if (prop === "startTransaction") {
          return async (...args) => wrap(await value.apply(target, args));
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return new Proxy(factory, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === "connect" || prop === "connectToShadowDb")
        return async (...args) => wrap(await value.apply(target, args));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
const CHAR_COLUMNS = new Set([
  "constraint_type",
  "contype",
  "relkind",
  "confdeltype",
  "confupdtype",
  "attidentity",
  "attgenerated",
  "typtype",
]);

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The SQL that takes the database at `url` to the state described by
 * schema.prisma. An empty string means they agree.
 */
export async function diffDatabaseToSchema(url, { script = true, schemaPath = SCHEMA_PATH } = {}) {
  const { SchemaEngine } = await loadBindings();
  const schema = fs.readFileSync(schemaPath, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(
    withCharColumns(new PrismaPg({ connectionString: url })),
  );
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory);
  try {
    const result = await engine.diff({
      // "schemaDatasource" means: the database the adapter is connected to.
      from: {
        tag: "schemaDatasource",
        files: [{ path: schemaPath, content: schema }],
        configDir: path.dirname(schemaPath),
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script,
      exitCode: null,
      filters: noFilters,
    });
    return (result.stdout ?? "").trim();
  } finally {
    engine.free();
  }
}
