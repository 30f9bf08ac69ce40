-- PostgreSQL: a commune's settings row is seen and written only in that commune (or in every commune: the
-- system administrator, the province), like every business row (V20_2).
alter table commune_settings enable row level security;
alter table commune_settings force row level security;
create policy commune_rows on commune_settings using (in_commune(commune_code)) with check (in_commune(commune_code));
