-- The practitioner's list (申請情報検索) filtered by state, the filter practitioners use most ("my
-- cases waiting for documents"), in the list's default order (newest change first) and by receipt
-- number. Without these, a state filter walks the practitioner's whole order index (drafts and every
-- other state included) and drops what does not match. The narrow (practitioner_id, state) index
-- stays: counting reads it only, and it is the smallest to read.
create index application_practitioner_state_updated_ix
    on application (practitioner_id, state, updated_at desc, id desc);
create index application_practitioner_state_receipt_ix
    on application (practitioner_id, state, receipt_number, id);
