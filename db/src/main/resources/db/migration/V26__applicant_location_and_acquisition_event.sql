-- Issue 16, where the applicant is: the form asks it (申請日における申請人の所在), it is not inferred from
-- the procedure; the domain refuses the combinations applicant-location.csv forbids. An
-- acquisition (在留資格取得) asks the event that gave rise to it and its date (入管法第22条の2: the
-- application within 30 days of the event); values are the domain's (no list in a CHECK, see V25).
alter table application
    add column applicant_location     varchar(16),
    add column acquisition_event      varchar(32),
    add column acquisition_event_date date;
