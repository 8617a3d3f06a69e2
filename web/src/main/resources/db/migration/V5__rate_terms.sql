-- Rate terms (issue 13): the 18 rate columns of the portfolio CSV (docs/portfolio-format.md) on table note,
-- named as the CSV names them except `index`, a reserved word in SQL, held as rate_index (NoteColumns maps
-- it to the CSV's `index`). Every column is nullable and null means the CSV's empty cell: the notes stored
-- before this migration have rate_kind null, which the core reads as a fixed rate, so they keep their
-- schedules unchanged.
alter table note add column rate_kind varchar(30);
alter table note add column rate_index varchar(100);
alter table note add column spread numeric(20, 10);
alter table note add column multiplier numeric(20, 10);
alter table note add column reset_frequency varchar(20);
alter table note add column first_reset_date date;
alter table note add column lookback_days integer;
alter table note add column periodic_cap numeric(20, 10);
alter table note add column periodic_floor numeric(20, 10);
alter table note add column lifetime_cap numeric(20, 10);
alter table note add column lifetime_floor numeric(20, 10);
alter table note add column rate_rounding numeric(20, 10);
alter table note add column rate_rounding_mode varchar(20);
alter table note add column conversion_date date;
alter table note add column converted_rate numeric(20, 10);
alter table note add column max_lawful_rate numeric(20, 10);
alter table note add column payment_on_reset varchar(30);
alter table note add column negative_amortization_cap numeric(20, 10);

-- The exposure panels group by rate kind and by index.
create index note_by_rate_kind on note (portfolio_id, rate_kind);
create index note_by_rate_index on note (portfolio_id, rate_index);

-- A stepped rate's changes after the issue date (the rate-steps CSV: note_id,from,rate), keyed like the
-- stated payments by the note's id in its portfolio. `from` is a reserved word: the column is from_date.
create table rate_step (
    portfolio_id bigint          not null,
    note_id      varchar(100)    not null,
    from_date    date            not null,
    rate         numeric(20, 10) not null,
    primary key (portfolio_id, note_id, from_date),
    constraint rate_step_note foreign key (portfolio_id, note_id)
        references note (portfolio_id, note_id) on delete cascade
);

-- The index data a portfolio's floating notes are resolved against: observed fixings (the fixings CSV:
-- index,date,rate) and forward-curve points (the index-curve CSV: index,base_date,tenor_months,rate), both
-- replaced whole when the portfolio's index data is replaced.
create table index_fixing (
    portfolio_id bigint          not null references portfolio (id) on delete cascade,
    rate_index   varchar(100)    not null,
    fixing_date  date            not null,
    rate         numeric(20, 10) not null,
    primary key (portfolio_id, rate_index, fixing_date)
);

create table index_curve_point (
    portfolio_id bigint          not null references portfolio (id) on delete cascade,
    rate_index   varchar(100)    not null,
    base_date    date            not null,
    tenor_months integer         not null,
    rate         numeric(20, 10) not null,
    primary key (portfolio_id, rate_index, tenor_months)
);
