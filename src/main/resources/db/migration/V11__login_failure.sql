-- Failed logins (form login and HTTP Basic), for the administrator (page /admin/login-failures,
-- GET /api/admin/login-failures). Runs unchanged on PostgreSQL and H2.
create table login_failure (
    id              uuid          primary key,
    occurred_at     timestamp with time zone not null,
    username        varchar(200)  not null,
    client_address  varchar(64)   not null,
    -- BAD_CREDENTIALS, or THROTTLED when the try was refused before its password was checked
    reason          varchar(32)   not null
);
create index ix_login_failure_occurred on login_failure (occurred_at desc);
