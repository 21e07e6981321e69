import PublicNotFound from "../not-found";

export { metadata } from "../not-found";

// The proxy serves this, with status 404, for unknown slugs (see proxy.ts).
export default PublicNotFound;
