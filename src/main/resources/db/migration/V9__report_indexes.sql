-- Indexes for the reports (insight). Stays are found by when they ended (process health, heatmap)
-- or began (funnel); each index carries the columns the grouped queries read, so that the stays of
-- a period are read from the index alone before joining their deals.
create index ix_stage_history_left on stage_history
  (left_at, pipeline, stage_key, opportunity_id, entered_at, outcome, sla_level, stage_name);
create index ix_stage_history_entered on stage_history
  (entered_at, pipeline, stage_key, opportunity_id, outcome, left_at);
-- Advanced-out lookups of the funnel: a deal's stays in one stage by outcome.
create index ix_stage_history_outcome on stage_history (opportunity_id, stage_key, outcome);
-- Who reports to a supervisor, and a team's members (visibility and the weekly report).
create index ix_org_member_supervisor on org_member (supervisor_id, team_id);
create index ix_org_member_team on org_member (team_id);
