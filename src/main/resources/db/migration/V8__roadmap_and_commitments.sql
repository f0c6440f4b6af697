-- The product roadmap, maintained by the product director: one row per capability.
create table roadmap_item (
  capability      varchar(200)  not null primary key,
  planned_release date,
  status          varchar(16)   not null,
  version         int           not null,
  updated_by      varchar(64)   not null,
  updated_at      datetime(3)   not null
);

-- Capabilities promised to a customer by a date, and how their sign-off ended. planned_release
-- and roadmap_status are the roadmap as it stood when the commitment was submitted.
create table commitment (
  id                  varchar(36)   not null primary key,
  opportunity_id      varchar(36)   not null,
  customer            varchar(200)  not null,
  deal_title          varchar(200)  not null,
  capability          varchar(200)  not null,
  promised_date       date          not null,
  description         varchar(2000) not null,
  requested_by        varchar(64)   not null,
  status              varchar(16)   not null,
  scope               varchar(16),
  planned_release     date,
  roadmap_status      varchar(16),
  process_instance_id varchar(64),
  created_at          datetime(3)   not null,
  decided_at          datetime(3),
  decision_comment    varchar(2000)
);
create index ix_commitment_opportunity on commitment (opportunity_id, created_at);
