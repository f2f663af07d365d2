-- Zairyu Online: the fields of the official application forms (issue 4): the applicant's sex,
-- place of birth, occupation and phone; the passport; the period of stay held and applied for,
-- the reason, the criminal record, a COE's intended entry; the status-specific part (employer,
-- school, spouse or supporter); the family in Japan as rows of their own; and the step of the
-- portal's form a draft was left at. A draft may leave any of them empty (submitted rows of older
-- versions have none): the checks below keep what is stored well formed, as the domain does.
alter table application
    add column sex                        varchar(6),
    add column place_of_birth             varchar(200),
    add column occupation                 varchar(100),
    add column phone                      varchar(20),
    add column passport_number            varchar(12),
    add column passport_expiry            date,
    add column current_period_months      smallint,
    add column current_period_expiry      date,
    add column desired_period_months      smallint,
    add column application_reason         varchar(1000),
    add column criminal_record            boolean,
    add column criminal_record_details    varchar(500),
    add column entry_port                 varchar(50),
    add column entry_date                 date,
    add column sponsor_name               varchar(200),
    add column sponsor_address            varchar(300),
    add column sponsor_phone              varchar(20),
    add column sponsor_detail             varchar(200),
    add column sponsor_date_of_birth      date,
    add column sponsor_nationality        varchar(100),
    add column sponsor_card_number        varchar(12),
    add column sponsor_annual_income_yen  integer,
    add column wizard_step                smallint not null default 1,
    add constraint application_sex_ck check (sex in ('MALE', 'FEMALE')),
    add constraint application_passport_number_ck
        check (passport_number ~ '^[A-Z0-9]{6,12}$'),
    add constraint application_current_period_ck
        check (current_period_months between 1 and 60),
    add constraint application_desired_period_ck
        check (desired_period_months between 1 and 60),
    -- Details of a criminal record only when there is one.
    add constraint application_criminal_details_ck
        check (criminal_record_details is null or criminal_record),
    -- A COE applicant may be abroad (an intended entry, no period held); the others are in Japan.
    add constraint application_entry_coe_ck
        check ((entry_port is null and entry_date is null) or procedure_code = 'COE'),
    add constraint application_current_period_holder_ck
        check ((current_period_months is null and current_period_expiry is null)
               or procedure_code in ('CHANGE', 'EXTENSION', 'WORK_CERT')),
    add constraint application_sponsor_card_ck
        check (sponsor_card_number ~ '^[A-Z]{2}[0-9]{8}[A-Z]{2}$'),
    add constraint application_sponsor_income_ck
        check (sponsor_annual_income_yen between 0 and 1000000000),
    add constraint application_wizard_step_ck check (wizard_step between 1 and 6);

-- Family in Japan and people living with the applicant (在日親族及び同居者): at most 10 rows, kept in
-- the order entered; they belong to their application and go with it.
create table application_family (
    application_id         bigint       not null references application (id) on delete cascade,
    position               smallint     not null,
    relationship           varchar(10),
    name                   varchar(200),
    date_of_birth          date,
    nationality            varchar(100),
    living_together        boolean      not null default false,
    workplace              varchar(200),
    residence_card_number  varchar(12),
    primary key (application_id, position),
    constraint application_family_position_ck check (position between 0 and 9),
    constraint application_family_relationship_ck
        check (relationship in ('SPOUSE', 'CHILD', 'FATHER', 'MOTHER', 'SIBLING', 'OTHER')),
    constraint application_family_card_ck
        check (residence_card_number ~ '^[A-Z]{2}[0-9]{8}[A-Z]{2}$')
);
