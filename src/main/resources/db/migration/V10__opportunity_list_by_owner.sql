-- A rep's deal list (GET /api/opportunities?owner=) is ordered newest first. Without this index the
-- database sorted every deal the rep ever owned to return one page; with thousands per rep that was
-- the slowest request under load (docs/performance.md).
create index ix_opportunity_owner_created on opportunity (owner_id, created_at desc, id);
