-- Each stay records whose deal it was and that owner's team when it was written, so that a
-- report narrowed to a team or an owner filters the stays of its period directly instead of
-- joining every stay to its deal and the deal's owner to the organisation.
alter table stage_history add owner_id varchar(64);
alter table stage_history add team_id varchar(64);

update stage_history
   set owner_id = (select o.owner_id from opportunity o where o.id = stage_history.opportunity_id);
update stage_history
   set team_id = (select m.team_id from org_member m where m.user_id = stage_history.owner_id)
 where owner_id is not null;

-- A team's stays by when they ended (process health, the heatmap, open stays for the stalled
-- deals and the SLA board), with every column those queries read, like ix_stage_history_left:
-- a team's stays of a period are counted from this index alone. Leading with the team, it is
-- no candidate for reports over all deals, whose plans stay as they were.
create index ix_stage_history_team_left on stage_history
  (team_id, left_at, pipeline, stage_key, entered_at, outcome, sla_level, stage_name,
   opportunity_id);
-- One owner's stays by when they ended: a rep's own reports, a few thousand stays, read by key.
create index ix_stage_history_owner_left on stage_history (owner_id, left_at);
