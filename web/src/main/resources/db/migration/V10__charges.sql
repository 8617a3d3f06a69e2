-- The charge terms (issue 15): the portfolio CSV's premium_steps, yield_maintenance_spread, yield_maintenance_floor,
-- open_months, late_charge_rate, late_charge_amount, late_charge_grace_days, late_charge_max, default_margin,
-- savings_clause, precomputed_interest and closing_fees columns (docs/portfolio-format.md), on table note and named as the CSV names them. A step-down
-- premium is one column of the CSV (1:0.05;2:0.04;…, each step a loan year or a date) and is held as that text, as
-- are the closing fees (origination:1%:financed;…),
-- which the core's one mapping reads back. A late charge's amount and maximum are held as the text given too: the
-- terms keep an amount as written (250.00 is not 250 to them), and a numeric column gives back its own scale. Every column is nullable and null means the CSV's empty cell: no
-- premium beyond the flat penalty, no open period, no late charge, no margin, interest above a maximum lawful
-- rate not charged, simple interest — as every note stored before this migration.
alter table note add column premium_steps varchar(2000);
alter table note add column yield_maintenance_spread numeric(20, 10);
alter table note add column yield_maintenance_floor numeric(20, 10);
alter table note add column open_months integer;
alter table note add column late_charge_rate numeric(20, 10);
alter table note add column late_charge_amount varchar(50);
alter table note add column late_charge_grace_days integer;
alter table note add column late_charge_max varchar(50);
alter table note add column default_margin numeric(20, 10);
alter table note add column savings_clause varchar(40);
alter table note add column precomputed_interest varchar(20);
alter table note add column closing_fees varchar(2000);
