-- The outbox: every notice for one recipient on one channel, written in the transaction of the
-- event that causes it and delivered afterwards. In-app inbox notices are delivered when written.
create table notice (
  id              bigint        not null auto_increment primary key,
  idempotency_key varchar(300)  not null,
  recipient_id    varchar(64)   not null,
  channel         varchar(16)   not null,
  subject         varchar(200)  not null,
  body            varchar(2000) not null,
  link            varchar(500),
  status          varchar(16)   not null,
  attempts        int           not null,
  next_attempt_at datetime(3),
  claimed_until   datetime(3),
  last_error      varchar(1000),
  created_at      datetime(3)   not null,
  sent_at         datetime(3),
  read_at         datetime(3),
  constraint uq_notice_idempotency_key unique (idempotency_key)
);
create index ix_notice_due on notice (status, next_attempt_at);
create index ix_notice_inbox on notice (recipient_id, channel, created_at);
