-- The issuer block each commune gets when the system administrator onboards it (POST /api/admin/communes):
-- kept by commune.Communes (saveIssuer, issuer) until the per-commune settings store takes it over.
-- Not a business table of one commune: the issuer is printed on public documents, like the commune's name.
-- Runs unchanged on PostgreSQL and H2.
create table commune_issuer (
    commune_code   varchar(40)   primary key references commune (code),
    issuer_name    varchar(200)  not null,
    place_name     varchar(100)  not null,
    chairman_name  varchar(100)  not null,
    updated_at     timestamp with time zone not null
);
