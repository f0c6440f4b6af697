-- A deal's open stay, now with the columns the SLA timers read (stage and entry), so that the index
-- answers those reads alone. H2 prefers an index that covers a query over a narrower one that
-- only finds it: with V14's (opportunity_id, left_at) it still read a timer's stay from
-- ix_stage_history_left and scanned every open stay of every deal (explain analyze: 12,001 rows
-- for 1 among 12,000 open deals), which made each firing slower as open deals grew.
drop index ix_stage_history_deal_open on stage_history;
create index ix_stage_history_deal_open on stage_history
  (opportunity_id, left_at, stage_key, entered_at);
