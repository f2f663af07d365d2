-- Demo accounts for the local run (never part of db/migration, so never in production).
-- Every password below is: Zairyu#2026demo  (PBKDF2WithHmacSHA256, 210,000 iterations)

insert into practitioner (auth_id, password_hash, user_kind, full_name, email)
values ('Z000000001',
        'PBKDF2WithHmacSHA256:210000:OGTleKo+lwaVj1pC19eky7f1OFHZUpadhhDR7KQgMbg=:EfvWpO2dH5A9cP1d3bdAdhROobsiedpFZI96E4o0htw=',
        'LAWYER_SCRIVENER', '山田 太郎', 'yamada.lawyer@example.jp')
on conflict (auth_id) do nothing;

insert into officer (login_id, password_hash, full_name, bureau_code, role)
values ('tokyo.examiner',
        'PBKDF2WithHmacSHA256:210000:3rnKIotoaPLHVENLMxAyRbJwidFkJpeJeBZ/+g8FsZY=:osdWrmh3uUJd2HGoExlYii8aTCszh5FQjYXifQ1LNU8=',
        '東京 審査官', 'TOKYO', 'EXAMINER'),
       ('osaka.examiner',
        'PBKDF2WithHmacSHA256:210000:IvbeQhV8J3RNKwhDAgv7SIH2qyH8XogExXSBn2IT2IY=:xb4R37FRqP6DsJn1gsWU88lWs4TndkcFF8Gp7kjTyGA=',
        '大阪 審査官', 'OSAKA', 'EXAMINER')
on conflict (login_id) do nothing;

-- Accounts (issue 3): the demo lawyer's registered details and office, a supervisor and an ADMIN,
-- and an agent registry to register against (see README, "Try a registration").
update practitioner
   set full_name_kana = 'ヤマダ タロウ', phone = '0312345678', postal_code = '100-0013',
       address = '東京都千代田区霞が関1-1-1 山田法律事務所', certificate_number = '100000000001',
       certificate_expiry = date '2029-03-31', unit_association = '第一東京弁護士会'
 where auth_id = 'Z000000001' and certificate_number is null;

insert into office (name)
select '山田法律事務所'
 where not exists (select 1 from office where name = '山田法律事務所');
update practitioner
   set office_id = (select id from office where name = '山田法律事務所'), office_role = 'ADMIN'
 where auth_id = 'Z000000001' and office_id is null;

insert into officer (login_id, password_hash, full_name, bureau_code, role)
values ('tokyo.supervisor',
        'PBKDF2WithHmacSHA256:210000:3rnKIotoaPLHVENLMxAyRbJwidFkJpeJeBZ/+g8FsZY=:osdWrmh3uUJd2HGoExlYii8aTCszh5FQjYXifQ1LNU8=',
        '東京 統括審査官', 'TOKYO', 'SUPERVISOR'),
       ('admin',
        'PBKDF2WithHmacSHA256:210000:3rnKIotoaPLHVENLMxAyRbJwidFkJpeJeBZ/+g8FsZY=:osdWrmh3uUJd2HGoExlYii8aTCszh5FQjYXifQ1LNU8=',
        'システム 管理者', 'TOKYO', 'ADMIN')
on conflict (login_id) do nothing;

-- The agent registry with each agent's mail address of record (as the unit association holds it):
-- a registration is approved at once only when it gives this address (issue 15).
insert into agent_registry (certificate_number, full_name, expiry_date, unit_association, email)
values ('100000000001', '山田 太郎', date '2029-03-31', '第一東京弁護士会', 'yamada.lawyer@example.jp'),
       ('200000000002', '行政 花子', date '2029-03-31', '東京都行政書士会', 'gyosei.hanako@example.jp'),
       ('300000000003', '大阪 次郎', date '2028-09-30', '大阪府行政書士会', 'osaka.jiro@example.jp'),
       ('400000000004', '期限 切子', date '2025-03-31', '東京都行政書士会', 'kigen.kiriko@example.jp')
on conflict (certificate_number) do update set email = excluded.email
 where agent_registry.email is null;

-- An administrator (role ADMIN): schedules maintenance windows in the console (issue 7).
insert into officer (login_id, password_hash, full_name, bureau_code, role)
values ('tokyo.admin',
        'PBKDF2WithHmacSHA256:210000:CU+ekYiZzGZHaYFaZfrPYEIn5JbBDhFdNYTm6Dh5enw=:Ev/ALf6FsDITG22EKJZRjxU5HH2skVaLzT5tpFTVZlk=',
        '東京 管理者', 'TOKYO', 'ADMIN')
on conflict (login_id) do nothing;

-- Every ADMIN logs in with a second factor (issue 15). The demo ADMINs share one authenticator
-- secret, given in the README so that anyone trying the console can add it to an authenticator
-- app (or compute a code: oathtool --totp -b LJQWS4TZOVCGK3LPIFSG22LOKRHVIUBB).
update officer
   set totp_secret = 'LJQWS4TZOVCGK3LPIFSG22LOKRHVIUBB', totp_enabled_at = now()
 where login_id in ('admin', 'tokyo.admin') and totp_secret is null;
