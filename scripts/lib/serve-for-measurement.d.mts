export const MEASUREMENT_SECRET: string;
export function serveForMeasurement(
  root: string,
  options?: {
    env?: Record<string, string>;
    databaseUrl?: string;
    demo?: boolean;
    prepare?: (databaseUrl: string) => Promise<void>;
    log?: (message: string) => void;
  },
): Promise<{ url: string; databaseUrl: string; pid: number; stop: () => Promise<void> }>;
