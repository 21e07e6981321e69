export function prepareDatabase(
  root: string,
  url: string,
  options?: { log?: (message: string) => void; seed?: boolean; demo?: boolean },
): Promise<void>;
