-- Leads waiting for their first contact. respond_by is when the first-response window closes;
-- a lead was answered in time when first_contact_at <= respond_by.
create table sales_lead (
  id                  varchar(36)   not null primary key,
  customer            varchar(200)  not null,
  contact             varchar(200)  not null,
  source              varchar(100)  not null,
  owner_id            varchar(64)   not null,
  team_id             varchar(64),
  status              varchar(16)   not null,
  process_instance_id varchar(64),
  created_at          datetime(3)   not null,
  respond_by          datetime(3)   not null,
  first_contact_at    datetime(3),
  first_contact_note  varchar(2000),
  opportunity_id      varchar(36),
  version             int           not null,
  updated_at          datetime(3)   not null
);
create index ix_sales_lead_owner on sales_lead (owner_id, status);
create index ix_sales_lead_created on sales_lead (created_at);
