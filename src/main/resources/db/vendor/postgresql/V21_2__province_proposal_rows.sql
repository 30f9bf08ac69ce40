-- PostgreSQL: a commune's proposals to the province are its own rows (the same wall as V20_2); the province
-- level works in every commune ('*'). The proposal's dossiers, nominees and history are reached through it.
alter table province_proposal enable row level security;
alter table province_proposal force row level security;
create policy commune_rows on province_proposal using (in_commune(commune_code)) with check (in_commune(commune_code));
