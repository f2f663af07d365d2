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

-- An administrator (role ADMIN): schedules maintenance windows in the console (issue 7).
insert into officer (login_id, password_hash, full_name, bureau_code, role)
values ('tokyo.admin',
        'PBKDF2WithHmacSHA256:210000:CU+ekYiZzGZHaYFaZfrPYEIn5JbBDhFdNYTm6Dh5enw=:Ev/ALf6FsDITG22EKJZRjxU5HH2skVaLzT5tpFTVZlk=',
        '東京 管理者', 'TOKYO', 'ADMIN')
on conflict (login_id) do nothing;
