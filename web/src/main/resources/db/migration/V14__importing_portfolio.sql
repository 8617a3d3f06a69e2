-- A portfolio being imported: its notes are written in many short transactions (a batch each, so the database
-- never holds a million uncommitted rows), so the portfolio is hidden from every listing until the import's
-- last transaction clears this flag. A portfolio still flagged at start-up was left by an import that died
-- mid-way and is deleted then.
alter table portfolio add column importing boolean default false not null;
