-- Issue 15 (security).

-- Requests of one kind (login, password reset, registration) from one client address in the
-- current fixed window: counted by one atomic upsert, so every server of a cluster shares the count.
create table client_throttle (
    action        varchar(20)  not null,
    client        varchar(45)  not null,
    window_start  timestamptz  not null,
    requests      integer      not null,
    primary key (action, client)
);

-- Grows with every change that must end an officer's open sessions: password, role, bureau,
-- disabling. Each request of the console compares it with the one its session started with.
alter table officer add column credentials_version integer not null default 0;

-- 認証IDs are drawn at random now (PractitionerRepository.nextAuthId), never in sequence.
drop sequence auth_id_seq;

-- Officers' second factor (TOTP, as practitioners'); mandatory for ADMIN.
alter table officer
    add column totp_secret      varchar(255),
    add column totp_enabled_at  timestamp with time zone,
    add column totp_last_step   bigint;
