-- A message that is true only until a moment (the submission window is open, its deadline is near) carries that
-- moment: the dispatcher does not send a row that is still unsent at valid_until, it marks it EXPIRED (issue 11).
alter table notification add column valid_until timestamp with time zone;
