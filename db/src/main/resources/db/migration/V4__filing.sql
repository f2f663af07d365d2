-- Zairyu Online: what an application files besides its procedure (issue 4): add-ons, the current
-- and the desired status of residence, and a relative's declaration.
alter table application
    add column reentry                 varchar(8)  not null default 'NONE',
    add column activity_outside        boolean     not null default false,
    add column current_status          varchar(32),
    add column current_status_subtype  varchar(16),
    add column desired_status          varchar(32),
    add column desired_status_subtype  varchar(16),
    add column relative_declaration    boolean     not null default false,
    add column withdrawal_reason       varchar(500),
    add column result_receipt          varchar(8),
    add column applicant_email         varchar(254),
    add constraint application_reentry_ck check (reentry in ('NONE', 'SINGLE', 'MULTIPLE')),
    add constraint application_result_receipt_ck check (result_receipt in ('WINDOW', 'MAIL'));
