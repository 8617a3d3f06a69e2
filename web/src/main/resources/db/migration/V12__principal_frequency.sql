-- A principal cycle apart from the interest cycle (issue 14): the portfolio CSV's principal_frequency column
-- (docs/portfolio-format.md), held as the CSV writes it (MONTHLY, QUARTERLY, ...). Nullable, and null means the CSV's
-- empty cell: principal on the interest due dates, as every note stored before this migration.
alter table note add column principal_frequency varchar(20);
