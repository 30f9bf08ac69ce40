-- The issuer block is kept once, in commune_settings (what the documents read): what onboarding wrote into
-- commune_issuer (V21_1) and the settings do not hold yet moves there, then commune_issuer goes.
-- A commune without a settings row gets one with its issuer name (and the two header lines onboarding makes of it),
-- its place name and its chairman as the signer; a commune with one keeps what it set and gets only what it lacks.
-- H2 has no row-level security (db/vendor/postgresql/V23_0_1 runs the same statements in every commune).

insert into commune_settings (commune_code, issuer_name, header_lines, place_name, signer_name, updated_at, updated_by)
select i.commune_code,
       i.issuer_name,
       case when i.issuer_name like 'ỦY BAN NHÂN DÂN %'
            then 'ỦY BAN NHÂN DÂN' || chr(10) || trim(substring(i.issuer_name from 16))
            else i.issuer_name end,
       i.place_name,
       i.chairman_name,
       i.updated_at,
       'V23'
  from commune_issuer i
 where not exists (select 1 from commune_settings s where s.commune_code = i.commune_code);

update commune_settings s
   set header_lines = coalesce(s.header_lines,
                               (select case when i.issuer_name like 'ỦY BAN NHÂN DÂN %'
                                            then 'ỦY BAN NHÂN DÂN' || chr(10) || trim(substring(i.issuer_name from 16))
                                            else i.issuer_name end
                                  from commune_issuer i
                                 where i.commune_code = s.commune_code and s.issuer_name is null)),
       issuer_name = coalesce(s.issuer_name,
                              (select i.issuer_name from commune_issuer i where i.commune_code = s.commune_code)),
       place_name = coalesce(s.place_name,
                             (select i.place_name from commune_issuer i where i.commune_code = s.commune_code)),
       signer_name = coalesce(s.signer_name,
                              (select i.chairman_name from commune_issuer i where i.commune_code = s.commune_code))
 where exists (select 1 from commune_issuer i where i.commune_code = s.commune_code);

drop table commune_issuer;
