-- A note's price may be given as a percentage of its outstanding principal at the valuation date
-- ("98.5%" in the price column of the portfolio CSV): held here, the price column then stays empty.
alter table note add column price_percent numeric(18, 6);
