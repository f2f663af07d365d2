-- Messaging (issue 6): the transactional outbox. A state change writes the facts it publishes here,
-- in its own (local) transaction; the relay (OutboxRelay) claims rows with FOR UPDATE SKIP LOCKED,
-- sends them to their queue and deletes them in one XA transaction across PostgreSQL and Artemis,
-- so each row is sent exactly once or stays for the next pass. Rows live for milliseconds.
create table outbox (
    id              bigint        generated always as identity primary key,
    queue           varchar(100)  not null,               -- the JMS queue, e.g. ApplicationSubmitted
    application_id  bigint,                               -- what the fact is about, for ops (null for account mails)
    body            varchar(1000) not null,               -- the JSON text the message carries
    created_at      timestamp with time zone not null default now()
);

-- Rows are inserted and deleted at the rate of submissions: vacuum the small table early.
alter table outbox set (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 1000,
                        autovacuum_vacuum_cost_delay = 0);
