-- Issue 16, who may file: a relative (配偶者・子・父母) files for an applicant under 16 on the day of
-- filing, or for one who cannot file through illness or another reason; that declaration
-- (relative_declaration, V4) now keeps its reason.
alter table application
    add column relative_declaration_reason varchar(500);
