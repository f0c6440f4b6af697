-- A rep's deal list, newest first (GET /api/opportunities?owner=...): read from this index in its
-- order and stopped after one page, instead of sorting every deal of the rep for each page.
create index ix_opportunity_owner_created on opportunity (owner_id, created_at desc, id);
