-- A rep's deal list, newest first (GET /api/opportunities?owner=...): read from this index in its
-- order and stopped after one page, instead of sorting every deal of the rep for each page.
create index ix_opportunity_owner_created on opportunity (owner_id, created_at desc, id);
-- A deal's open stay (left_at null): closing it, its SLA level, its entry for the timers. H2
-- otherwise reads these from ix_stage_history_left, whose leading left_at is null for every open
-- stay of every deal, and scans them all; this index leads with the deal.
create index ix_stage_history_deal_open on stage_history (opportunity_id, left_at);
