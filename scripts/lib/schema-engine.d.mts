export const SCHEMA_PATH: string;
export function diffDatabaseToSchema(
  url: string,
  options?: { script?: boolean; schemaPath?: string },
): Promise<string>;
