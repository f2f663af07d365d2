-- A reminder goes out before the deadline of an open request for additional documents (追完), once
-- per request and per cluster: the job claims due rows with FOR UPDATE SKIP LOCKED and marks them.
alter table document_request add column reminded_at timestamp with time zone;

create index document_request_reminder_ix on document_request (due_date)
    where answered_at is null and reminded_at is null;
