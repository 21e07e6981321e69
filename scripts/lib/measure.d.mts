export interface MeasureRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called before each request: a different path or body every time. */
  setupRequest?: (req: MeasureRequest) => MeasureRequest;
}

/** The autocannon options the benchmarks use. */
export interface MeasureOptions {
  url: string;
  connections?: number;
  /** Seconds; or a fixed number of requests with `amount`. */
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: MeasureRequest[];
}

export interface RouteFigures {
  title: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}
export function percentile(sorted: number[], p: number): number;
export function rssMb(pid: number): number;
export function measureRoute(title: string, opts: MeasureOptions): Promise<RouteFigures>;
