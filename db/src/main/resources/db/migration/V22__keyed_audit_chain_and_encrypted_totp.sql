-- Zairyu Online: the audit chain is keyed (HMAC-SHA256 under a key from configuration) and TOTP
-- secrets are encrypted at rest (AES-GCM). Owned by Flyway; the application never generates DDL.

-- Entries so far keep their plain SHA-256 and still verify; the application's first keyed entry
-- (AUDIT_CHAIN_KEYED, at its next start) seals them, since its HMAC covers the last plain hash.
alter table audit_log
    add column hash_scheme  varchar(16) not null default 'SHA-256',
    add column key_id       varchar(16),
    add constraint audit_log_scheme_ck check (
        (hash_scheme = 'SHA-256' and key_id is null)
        or (hash_scheme = 'HMAC-SHA256' and key_id is not null));
alter table audit_log alter column hash_scheme drop default;

-- The head names the newest entry; its HMAC (under the key named) shows a cut or downgraded chain.
alter table audit_chain_head
    add column mac     char(64),
    add column key_id  varchar(16);

-- enc:v1:<key id>:<Base64 of nonce, ciphertext and tag>; secrets still in clear are encrypted by
-- the application at its next start.
alter table practitioner alter column totp_secret type varchar(200);
