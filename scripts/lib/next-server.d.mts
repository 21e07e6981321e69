import type http from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export function stampClientAddress(req: http.IncomingMessage): void;
export function serveNext(options: {
  root: string;
  port: number | string;
  hostname?: string;
  dev?: boolean;
  log?: (message: string) => void;
}): Promise<http.Server>;
