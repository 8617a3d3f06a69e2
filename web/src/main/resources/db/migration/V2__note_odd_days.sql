-- The odd-days rule of a PERIODIC note's stub periods (ACT/360, ACT/365F, 30/360…); null is the default,
-- WHOLE_PERIOD, so the notes stored before this column keep their schedules.
alter table note add column odd_days varchar(20);
