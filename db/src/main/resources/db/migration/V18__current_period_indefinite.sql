-- Zairyu Online: the period of stay held now may be indefinite (無期限), for a holder of a status whose
-- period is indefinite (indefinite-periods.csv, e.g. 高度専門職2号) filing a change or for a
-- certificate of authorised employment. Such a period has neither months nor a date of expiry (the
-- residence card's 在留期間（満了日） reads 無期限). Which status allows it is the domain's rule; the
-- checks keep what is stored well formed.
alter table application
    -- Nullable: drafts saved before, and drafts without stay details, read as false.
    add column current_period_indefinite boolean,
    add constraint application_current_indefinite_ck
        check (not (coalesce(current_period_indefinite, false)
                    and (current_period_months is not null or current_period_expiry is not null))),
    -- As the months and the date (V12): only an applicant holding a status has a period held now.
    add constraint application_current_indefinite_holder_ck
        check (not coalesce(current_period_indefinite, false)
               or procedure_code in ('CHANGE', 'EXTENSION', 'WORK_CERT'));
