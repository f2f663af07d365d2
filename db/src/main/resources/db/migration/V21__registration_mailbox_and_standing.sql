-- Zairyu Online: identity and registration (issue 15). A registration is approved at once only when
-- its mail address is the one the agent registry holds (the unit association's record); an agent
-- or an organisation's staff whose certificate or approval lapses loses the right to log in and file.

-- The agent's mail address as the unit association (単位会) holds it; null: not known, the
-- registration goes to review.
alter table agent_registry add column email varchar(254);

-- Registrations not completed in time expire; a registration whose certificate or mail address was
-- taken by an approved one is superseded. Neither blocks anybody: only an approved registration
-- (one password link at a time) holds its mail address and certificate number.
alter table registration drop constraint registration_state_ck;
alter table registration add constraint registration_state_ck check (state in ('IN_REVIEW',
    'APPROVED', 'REJECTED', 'COMPLETED', 'EXPIRED', 'SUPERSEDED'));
drop index registration_open_email_uk;
drop index registration_open_certificate_uk;
create unique index registration_approved_email_uk on registration (lower(email))
    where state = 'APPROVED';
create unique index registration_approved_certificate_uk on registration (certificate_number)
    where state = 'APPROVED' and certificate_number is not null;
create index registration_open_email_ix on registration (lower(email))
    where state in ('IN_REVIEW', 'APPROVED');
create index registration_open_certificate_ix on registration (certificate_number)
    where state in ('IN_REVIEW', 'APPROVED') and certificate_number is not null;
create index registration_approved_ix on registration (decided_at) where state = 'APPROVED';

-- The approval of an organisation's staff (申請等取次承認): its date and the last day it is valid
-- (three years).
alter table registration
    add column approval_date   date,
    add column approval_expiry date;

alter table practitioner
    add column approval_date            date,
    add column approval_expiry          date,
    -- a later import of the agent registry no longer lists the certificate
    add column registry_removed_at      timestamp with time zone,
    -- the office administrator (or the agent) was told that the standing lapsed
    add column standing_notice_sent_at  timestamp with time zone;
-- The daily standing check reads only accounts that can lapse.
create index practitioner_standing_ix on practitioner (id)
    where status <> 'CLOSED' and standing_notice_sent_at is null
      and (certificate_expiry is not null or approval_expiry is not null
           or registry_removed_at is not null);
