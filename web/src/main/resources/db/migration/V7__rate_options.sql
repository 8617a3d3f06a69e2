-- A floating rate's two options (issue 13): the portfolio CSV's negative_rates (held_at_zero, allowed) and
-- reset_timing (next_period, reset_date) columns (docs/portfolio-format.md), held as the text the CSV writes.
-- Both are nullable and null means the CSV's empty cell, the default, so the notes stored before this migration
-- are held at zero and reset from the next period as before.
alter table note add column negative_rates varchar(20);
alter table note add column reset_timing varchar(20);
