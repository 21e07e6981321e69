export function freePort(): Promise<number>;
export function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  port?: number;
  log?: (message: string) => void;
}): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
