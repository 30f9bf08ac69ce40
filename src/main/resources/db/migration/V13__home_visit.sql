-- The start page's "new since my last visit" (issue 12, "What each role sees first"): one row per user, written by
-- home.VisitLog at every view of the start page (GET / and GET /api/me/home). A visit is a run of views less than
-- 30 minutes apart; previous_seen_at is the last view of the visit before the current one, and the tasks that
-- arrived after it are "new". Timestamps with time zone, like our other tables. Runs unchanged on PostgreSQL and H2.
create table home_visit (
    username          varchar(255)  primary key,
    visit_started_at  timestamp with time zone not null,
    last_seen_at      timestamp with time zone not null,
    previous_seen_at  timestamp with time zone
);
