export const MIGRATIONS_DIR: string;
export function readMigrations(dir?: string): { name: string; sql: string; checksum: string }[];
export function migrate(
  url: string,
  options?: { log?: (message: string) => void; dir?: string },
): Promise<string[]>;
