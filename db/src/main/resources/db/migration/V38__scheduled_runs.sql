-- Issue 18: a daily job runs once per cluster, not once per server. Each server's timer fires; the
-- first to insert the job's row for the day (in Japan) runs the job, in the same transaction, and
-- the others find the row and skip. A server that inserts while another's run is still open waits
-- for it: committed, it skips; rolled back (the run failed, the server died), it runs the job
-- itself. Rows are kept as the record of which server ran what, and when.
create table scheduled_run (
    job        varchar(60)  not null,
    run_day    date         not null,
    server     varchar(200) not null,
    started_at timestamptz  not null,
    constraint scheduled_run_pk primary key (job, run_day)
);
