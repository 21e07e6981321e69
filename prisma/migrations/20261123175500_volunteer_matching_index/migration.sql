-- Hand-written: the suggestions for a request (lib/matching/load-candidates.ts)
-- read only ACTIVE, screened volunteers who go anywhere in the city, live in
-- the request's neighbourhood, or live next to it and go that far. With this
-- index Postgres reads just those rows (a BitmapOr of three scans of it)
-- instead of every volunteer (benchmark, 10,000 volunteers: the scan went
-- from ~10 to ~3 ms). Partial, so it can't be written in schema.prisma; the
-- query repeats the predicate so the planner can use it.
CREATE INDEX "Volunteer_matching_idx" ON "Volunteer" ("travelRange", "neighbourhoodId")
  WHERE "status" = 'ACTIVE' AND "screenedAt" IS NOT NULL AND "conductCertificateOn" IS NOT NULL;
