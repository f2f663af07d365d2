-- Zairyu Online: the official form's remaining fields (issue 4): the applicant's marital status
-- (配偶者の有無) and home-town address (本国における居住地); an indefinite period applied for (無期限,
-- for a status whose period is indefinite, e.g. 高度専門職2号); a COE's accompanying persons (同伴者の有無
-- and rows of their own). A draft may leave them empty; the checks keep what is stored well formed,
-- as the domain does.
alter table application
    add column married                    boolean,
    add column home_address               varchar(300),
    -- Nullable: JPA writes a draft without any stay details yet as nulls (read as false).
    add column desired_period_indefinite  boolean,
    add column accompanied                boolean,
    -- An indefinite period has no months.
    add constraint application_desired_indefinite_ck
        check (not (coalesce(desired_period_indefinite, false) and desired_period_months is not null)),
    -- Only a certificate of eligibility asks for accompanying persons.
    add constraint application_accompanied_coe_ck
        check (accompanied is null or procedure_code = 'COE');

-- Accompanying persons of a COE (同伴者): at most 10 rows (our rule), in the order entered; they
-- belong to their application and go with it.
create table application_accompanying (
    application_id  bigint       not null references application (id) on delete cascade,
    position        smallint     not null,
    relationship    varchar(10),
    name            varchar(200),
    date_of_birth   date,
    nationality     varchar(100),
    primary key (application_id, position),
    constraint application_accompanying_position_ck check (position between 0 and 9),
    constraint application_accompanying_relationship_ck
        check (relationship in ('SPOUSE', 'CHILD', 'FATHER', 'MOTHER', 'SIBLING', 'OTHER'))
);
