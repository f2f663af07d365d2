-- Issue 16, receiving the result.
-- A result received at the window ends in 完了 too: the officer records the handing over (the day,
-- who came and in what capacity); the new card's number and the officer go in issued_card_number,
-- issued_at and issued_by as for a result mailed back.
-- A result mailed back records what was enclosed in place of a passport sticker (procedure codes
-- separated by '|', e.g. ACTIVITY_OUTSIDE for its 資格外活動許可書; result-receipt-rules.csv).
alter table application
    add column handed_over_on         date,
    add column collector_name         varchar(100),
    add column collector_capacity     varchar(30),
    add column enclosed_documents     varchar(200),
    add constraint application_handed_over_ck
        check ((handed_over_on is null and collector_name is null and collector_capacity is null)
            or (handed_over_on is not null and collector_name is not null
                and collector_capacity is not null and issued_at is not null)),
    add constraint application_handed_over_not_mailed_ck
        check (handed_over_on is null or (items_received_at is null and return_tracking_number is null)),
    drop constraint application_completed_issued_ck,
    add constraint application_completed_issued_ck
        check (issued_at is null
            or (state = 'COMPLETED' and (items_received_at is not null or handed_over_on is not null)));
