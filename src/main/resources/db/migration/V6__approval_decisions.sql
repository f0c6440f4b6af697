-- The decision record of every approval task: who decided what, when and why. A delegated task
-- records the approver it belonged to (on_behalf_of); a delegation records whom it went to.
create table approval_decision (
  id                  bigint        not null auto_increment primary key,
  process_instance_id varchar(64)   not null,
  process_key         varchar(255)  not null,
  business_key        varchar(255),
  task_id             varchar(64)   not null,
  task_key            varchar(255)  not null,
  task_name           varchar(255),
  decision            varchar(16)   not null,
  comment             varchar(2000),
  decided_by          varchar(64),
  on_behalf_of        varchar(64),
  delegated_to        varchar(64),
  decided_at          datetime(3)   not null
);
create index ix_approval_decision_instance on approval_decision (process_instance_id, decided_at);
create index ix_approval_decision_business on approval_decision (business_key, decided_at);
