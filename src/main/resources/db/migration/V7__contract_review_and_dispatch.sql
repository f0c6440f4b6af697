-- Every upload of an attachment kind is a new version of it, numbered from 1 per deal and kind.
alter table opportunity_attachment add column version int not null default 1;
update opportunity_attachment set version = (
  select count(*) from (select id, opportunity_id, kind, uploaded_at from opportunity_attachment) b
   where b.opportunity_id = opportunity_attachment.opportunity_id
     and b.kind = opportunity_attachment.kind
     and (b.uploaded_at < opportunity_attachment.uploaded_at
          or (b.uploaded_at = opportunity_attachment.uploaded_at
              and b.id <= opportunity_attachment.id)));
create unique index ux_attachment_version on opportunity_attachment (opportunity_id, kind, version);

-- Each time a contract-review task was open, by branch (LEGAL_REVIEW, SIGNATURE, REWORK), so the
-- wait in contract negotiation splits by branch with plain SQL: sum(duration_ms) group by branch.
create table contract_review_span (
  id                  bigint       not null auto_increment primary key,
  opportunity_id      varchar(36)  not null,
  process_instance_id varchar(64)  not null,
  task_id             varchar(64)  not null,
  branch              varchar(16)  not null,
  started_at          datetime(3)  not null,
  ended_at            datetime(3),
  duration_ms         bigint,
  constraint ux_contract_review_span_task unique (task_id)
);
create index ix_contract_review_span_deal on contract_review_span (opportunity_id, started_at);

-- A customer request recorded on a deal and dispatched to the team the dispatch rules name.
create table customer_request (
  id                  varchar(36)   not null primary key,
  opportunity_id      varchar(36)   not null,
  request_type        varchar(64)   not null,
  description         varchar(2000) not null,
  status              varchar(16)   not null,
  handler_group       varchar(64),
  informed_groups     varchar(500),
  deliverable         varchar(64),
  due_at              datetime(3),
  process_instance_id varchar(64),
  requested_by        varchar(64)   not null,
  requested_at        datetime(3)   not null,
  closed_by           varchar(64),
  closed_at           datetime(3),
  constraint fk_customer_request_deal foreign key (opportunity_id) references opportunity (id)
);
create index ix_customer_request_deal on customer_request (opportunity_id, requested_at);
