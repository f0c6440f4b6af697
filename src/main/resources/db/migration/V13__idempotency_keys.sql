-- The Idempotency-Key a caller sent with a POST of our API, and where the result of that POST
-- lives once it succeeded, so that the same POST sent again changes nothing.
create table idempotency_key (
  user_id      varchar(64)  not null,
  idem_key     varchar(100) not null,
  request      varchar(300) not null,
  location     varchar(300),
  created_at   datetime(3)  not null,
  primary key (user_id, idem_key)
);
create index ix_idempotency_key_created on idempotency_key (created_at);
