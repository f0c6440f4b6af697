-- The highest SLA level (GREEN, YELLOW, RED) each stay in a stage reached.
alter table stage_history add sla_level varchar(8) default 'GREEN' not null;
