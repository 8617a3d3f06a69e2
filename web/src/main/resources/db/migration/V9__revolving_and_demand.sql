-- A revolving line's commitment fee and a demand note (issue 14): the portfolio CSV's commitment_fee and
-- payable_on_demand columns (docs/portfolio-format.md); a revolving line's repayments are rows of note_draw of
-- kind repayment. Null means the CSV's empty cell: no fee, not payable on demand, as every note stored before.
alter table note add column commitment_fee numeric(20, 10);
alter table note add column payable_on_demand boolean;
