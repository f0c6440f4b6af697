-- Salesflow's own tables. Camunda creates and upgrades its ACT_ tables itself.

-- Who reports to whom: Camunda's identity service has users and groups but no manager relation.
create table org_member (
  user_id       varchar(64) not null primary key,
  supervisor_id varchar(64),
  team_id       varchar(64)
);

create table opportunity (
  id                    varchar(36)   not null primary key,
  customer              varchar(200)  not null,
  title                 varchar(200)  not null,
  amount                decimal(18,2) not null,
  pipeline              varchar(64)   not null,
  owner_id              varchar(64)   not null,
  status                varchar(16)   not null,
  process_instance_id   varchar(64),
  process_definition_id varchar(64),
  stage_key             varchar(64),
  stage_name            varchar(100),
  stage_entered_at      datetime(3),
  closed_reason         varchar(1000),
  version               int           not null,
  created_at            datetime(3)   not null,
  updated_at            datetime(3)   not null
);
create index ix_opportunity_owner on opportunity (owner_id, status);
create index ix_opportunity_stage on opportunity (pipeline, stage_key, status);

-- One row per stay of a deal in a stage; dwell time is left_at - entered_at.
create table stage_history (
  id             bigint        not null auto_increment primary key,
  opportunity_id varchar(36)   not null,
  pipeline       varchar(64)   not null,
  stage_key      varchar(64)   not null,
  stage_name     varchar(100)  not null,
  entered_at     datetime(3)   not null,
  entered_by     varchar(64),
  left_at        datetime(3),
  left_by        varchar(64),
  outcome        varchar(16),
  reason         varchar(1000),
  constraint fk_stage_history_deal foreign key (opportunity_id) references opportunity (id)
);
create index ix_stage_history_deal on stage_history (opportunity_id, entered_at);
create index ix_stage_history_stage on stage_history (pipeline, stage_key, left_at);

create table opportunity_attachment (
  id             varchar(36)  not null primary key,
  opportunity_id varchar(36)  not null,
  kind           varchar(64)  not null,
  file_name      varchar(255) not null,
  content_type   varchar(100) not null,
  size_bytes     bigint       not null,
  content        longblob     not null,
  uploaded_by    varchar(64)  not null,
  uploaded_at    datetime(3)  not null,
  constraint fk_attachment_deal foreign key (opportunity_id) references opportunity (id)
);
create index ix_attachment_deal on opportunity_attachment (opportunity_id, kind);
