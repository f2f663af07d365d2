-- Work queues of the console (issue 5): keyset pages in every order a queue offers, each served by
-- an index range scan (no OFFSET, no sort), also with a million applications.
-- Receipt numbers are ASCII (TOKYO-2026-0000042): compared byte by byte, a receipt-number prefix
-- (LIKE 'TOKYO-2026-00%') is a range of the indexes below, and the order is the natural one.
alter table application alter column receipt_number type varchar(32) collate "C";

-- Waiting longest / newest first: application_intake_ix (bureau_code, state, submitted_at, id).
-- An examiner's own cases, oldest first:
create index application_examiner_queue_ix on application (bureau_code, state, examiner_id, submitted_at, id)
    where bureau_code is not null;
-- By receipt number:
create index application_receipt_queue_ix on application (bureau_code, state, receipt_number)
    where bureau_code is not null;

-- The practitioner's list (申請情報検索) in its orders: the newest change first (the default), by
-- submission and by receipt number; the page is read from the index, not sorted from every case.
create index application_practitioner_updated_ix on application (practitioner_id, updated_at desc, id desc);
create index application_practitioner_submitted_ix on application (practitioner_id, submitted_at, id);
create index application_practitioner_receipt_ix on application (practitioner_id, receipt_number, id);
-- Counting a practitioner's cases in one state reads the index only.
create index application_practitioner_state_ix on application (practitioner_id, state);
