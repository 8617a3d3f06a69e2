-- The periodic fee (issue 15): the portfolio CSV's periodic_fee_amount and periodic_fee_rate columns
-- (docs/portfolio-format.md), on table note and named as the CSV names them. The amount is held as the text given,
-- as the late charge's is (the terms keep an amount as written); the rate is a fraction. Both nullable, and null
-- means the CSV's empty cell: no fee charged with the installments, as every note stored before this migration.
alter table note add column periodic_fee_amount varchar(50);
alter table note add column periodic_fee_rate numeric(20, 10);
