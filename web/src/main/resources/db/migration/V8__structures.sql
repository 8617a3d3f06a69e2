-- The repayment structure (issue 14): the portfolio CSV's disbursement_date, first_principal_date,
-- deferral_through and deferred_interest columns (docs/portfolio-format.md), held as the CSV writes them, and
-- two tables for its companion files: the draws (advances and forgiven amounts: note_id,date,amount,kind) and
-- the stepped installments (note_id,from,amount,kind). Every column is nullable and null means the CSV's empty
-- cell, so the notes stored before this migration are funded on their dates and repaid by their schedules as before.
alter table note add column disbursement_date date;
alter table note add column first_principal_date date;
alter table note add column deferral_through date;
alter table note add column deferred_interest varchar(20);

-- A note's draws in the order NoteRow holds them (advances, then forgiven amounts, each in date order): two
-- may share a date, so `seq` keys them rather than the date.
create table note_draw (
    portfolio_id bigint         not null,
    note_id      varchar(100)   not null,
    seq          integer        not null,
    draw_date    date           not null,
    amount       numeric(18, 4) not null,
    kind         varchar(20)    not null,
    primary key (portfolio_id, note_id, seq),
    constraint note_draw_note foreign key (portfolio_id, note_id)
        references note (portfolio_id, note_id) on delete cascade
);

-- A note's stepped installments: from each date on, the principal (or whole payment) of each due date. The
-- terms refuse two steps on one date, so the date keys them.
create table installment_step (
    portfolio_id bigint         not null,
    note_id      varchar(100)   not null,
    from_date    date           not null,
    amount       numeric(18, 4) not null,
    kind         varchar(20)    not null,
    primary key (portfolio_id, note_id, from_date),
    constraint installment_step_note foreign key (portfolio_id, note_id)
        references note (portfolio_id, note_id) on delete cascade
);
