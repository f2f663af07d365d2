-- Issue 19: one file may serve two documents of the checklist (the same scan as the passport and as
-- the proof of identity), never the same document twice. The face photo has no document type and
-- is one per application (attachment_one_face_photo_ux), and a photo is never a PDF, so the type
-- and the hash together are enough.
alter table attachment drop constraint attachment_application_sha256_uk;

alter table attachment
    add constraint attachment_document_sha256_uk unique (application_id, document_type, sha256);
