-- The due-date roll (issue 14) and a floating rate's business-day lookback: the portfolio CSV's calendar,
-- business_day_convention, accrual_dates, payment_day and lookback_calendar columns (docs/portfolio-format.md).
-- `calendar` is held as business_calendar, clear of SQL's words. Every column is nullable and null means the
-- CSV's empty cell, so the notes stored before this migration roll and pay on their rolled dates as before.
alter table note add column business_calendar varchar(100);
alter table note add column business_day_convention varchar(30);
alter table note add column accrual_dates varchar(20);
alter table note add column payment_day integer;
alter table note add column lookback_calendar varchar(100);
