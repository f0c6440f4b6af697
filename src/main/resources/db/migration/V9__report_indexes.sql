-- Indexes for the reports (insight). Each carries every column the grouped queries read, so that
-- stays are counted from the index alone.
-- Stays by when they ended: process health and the heatmap; open stays (left_at null) for the
-- stalled deals and the SLA board.
create index ix_stage_history_left on stage_history
  (left_at, pipeline, stage_key, opportunity_id, entered_at, outcome, sla_level, stage_name);
-- Stays by when they began: the funnel.
create index ix_stage_history_entered on stage_history
  (entered_at, pipeline, stage_key, opportunity_id, outcome, left_at);
-- Whether a deal ever advanced out of a stage (the funnel).
create index ix_stage_history_outcome on stage_history (opportunity_id, stage_key, outcome);
-- Who reports to a supervisor, and a team's members (visibility and the weekly report).
create index ix_org_member_supervisor on org_member (supervisor_id, team_id);
create index ix_org_member_team on org_member (team_id);
