export const DEMO_ACCOUNTS: string[];
export function isLoopbackHost(host: string): boolean;
export function listenHost(options: { demo: boolean; env: Record<string, string | undefined> }): {
  host: string | undefined;
  args: string[];
  warning: string | null;
};
