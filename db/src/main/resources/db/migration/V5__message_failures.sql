-- Messaging (issue 6): what went wrong with a message, for the dead-letter page of the console.
-- One row per JMS message id: written by the failing consumer in a transaction of its own (the
-- consumer's own transaction rolls back, so the broker redelivers the message).
create table message_failure (
    message_id        varchar(200)  primary key,
    queue             varchar(100)  not null,
    first_failed_at   timestamp with time zone not null,
    last_failed_at    timestamp with time zone not null,
    failures          integer       not null,
    last_reason       varchar(2000) not null
);
