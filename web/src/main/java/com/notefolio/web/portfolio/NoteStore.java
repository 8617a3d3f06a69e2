package com.notefolio.web.portfolio;

import com.notefolio.analytics.row.DrawRow;
import com.notefolio.analytics.row.InstallmentRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.analytics.row.RateStepRow;
import com.notefolio.analytics.row.StatedPaymentRow;
import com.notefolio.core.io.Draws;
import com.notefolio.core.note.InstallmentStep;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The notes of portfolios in table {@code note} (and {@code stated_payment}, a stepped rate's changes in
 * {@code rate_step}, the draws in {@code note_draw} and the stepped installments in {@code installment_step}; the
 * charge columns on {@code note}):
 * batch inserts for imports,
 * filtered, sorted and paged listings for the browser (all done by the database), and the notes read
 * back as the core's positions, validated by the core's terms builder.
 */
@Repository
public class NoteStore {

    private static final RowMapper<NoteListing> LISTING = (rs, i) -> new NoteListing(rs.getLong("id"),
            rs.getInt("line"), rs.getString("note_id"), rs.getString("borrower"), rs.getString("sector"),
            rs.getString("region"), rs.getString("rating"), rs.getString("amortization"), rs.getString("currency"),
            rs.getBigDecimal("principal"), rs.getBigDecimal("annual_rate"), rs.getDate("issue_date").toLocalDate(),
            rs.getDate("maturity_date").toLocalDate());

    private final JdbcTemplate jdbc;

    public NoteStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A note to store: its line in the file it came from and its terms. */
    public record NewNote(int line, Position position) {
    }

    /**
     * Inserts notes (and their stated payments, rate steps, draws and stepped installments) into a portfolio,
     * in the caller's transaction.
     */
    public void insert(long portfolioId, List<NewNote> notes) {
        List<Object[]> rows = new ArrayList<>(notes.size());
        List<Object[]> payments = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> draws = new ArrayList<>();
        List<Object[]> installments = new ArrayList<>();
        for (NewNote note : notes) {
            NoteRow row = NoteRow.of(note.position());
            List<String> events = note.position().terms().defaults().events();
            rows.add(NoteColumns.values(portfolioId, note.line(), events.isEmpty() ? null : String.join("\n", events),
                    row));
            if (row.getStatedPayments() != null) {
                for (StatedPaymentRow p : row.getStatedPayments()) {
                    payments.add(new Object[] {portfolioId, row.getNoteId(), Date.valueOf(p.getDueDate()),
                            new BigDecimal(p.getPayment())});
                }
            }
            if (row.getRateSteps() != null) {
                for (RateStepRow step : row.getRateSteps()) {
                    steps.add(new Object[] {portfolioId, row.getNoteId(), Date.valueOf(step.getFrom()),
                            new BigDecimal(step.getRate())});
                }
            }
            if (row.getDraws() != null) {
                int seq = 0;
                for (DrawRow d : row.getDraws()) {
                    draws.add(new Object[] {portfolioId, row.getNoteId(), ++seq, Date.valueOf(d.getDate()),
                            new BigDecimal(d.getAmount()), d.getKind()});
                }
            }
            if (row.getInstallments() != null) {
                for (InstallmentRow i : row.getInstallments()) {
                    installments.add(new Object[] {portfolioId, row.getNoteId(), Date.valueOf(i.getFrom()),
                            new BigDecimal(i.getAmount()), i.getKind()});
                }
            }
        }
        jdbc.batchUpdate(NoteColumns.INSERT, rows);
        if (!payments.isEmpty()) {
            jdbc.batchUpdate("insert into stated_payment (portfolio_id, note_id, due_date, payment) values (?, ?, ?, ?)",
                    payments);
        }
        if (!steps.isEmpty()) {
            jdbc.batchUpdate("insert into rate_step (portfolio_id, note_id, from_date, rate) values (?, ?, ?, ?)", steps);
        }
        if (!draws.isEmpty()) {
            jdbc.batchUpdate("insert into note_draw (portfolio_id, note_id, seq, draw_date, amount, kind) "
                    + "values (?, ?, ?, ?, ?, ?)", draws);
        }
        if (!installments.isEmpty()) {
            jdbc.batchUpdate("insert into installment_step (portfolio_id, note_id, from_date, amount, kind) "
                    + "values (?, ?, ?, ?, ?)", installments);
        }
    }

    public long count(long portfolioId, NoteFilter filter) {
        Where where = where(portfolioId, filter);
        return jdbc.queryForObject("select count(*) from note where " + where.sql, Long.class, where.args());
    }

    /**
     * The largest principal of a portfolio's notes (zero for none): the notes browser sizes its principal
     * column for it, since a lazily loaded grid measures only the rows it has fetched.
     */
    public java.math.BigDecimal largestPrincipal(long portfolioId) {
        java.math.BigDecimal max = jdbc.queryForObject("select max(principal) from note where portfolio_id = ?",
                java.math.BigDecimal.class, portfolioId);
        return max == null ? java.math.BigDecimal.ZERO : max;
    }

    /** One page of the filtered notes in the given order (ties broken by file order). */
    public List<NoteListing> page(long portfolioId, NoteFilter filter, List<NoteSort> sorts, long offset, int limit) {
        Where where = where(portfolioId, filter);
        StringBuilder order = new StringBuilder();
        for (NoteSort sort : sorts) {
            order.append(sort.sql()).append(", ");
        }
        order.append("line, id");
        List<Object> args = new ArrayList<>(Arrays.asList(where.args()));
        args.add(offset);
        args.add(limit);
        return jdbc.query("select id, line, note_id, borrower, sector, region, rating, amortization, currency, "
                + "principal, annual_rate, issue_date, maturity_date from note where " + where.sql + " order by "
                + order + " offset ? rows fetch next ? rows only", LISTING, args.toArray());
    }

    /** The values a filter column takes in a portfolio, sorted; {@code column} is one of sector, region, rating, amortization. */
    public List<String> distinct(long portfolioId, String column) {
        if (!List.of("sector", "region", "rating", "amortization", "currency").contains(column)) {
            throw new IllegalArgumentException("no filter on " + column);
        }
        return jdbc.queryForList("select distinct " + column + " from note where portfolio_id = ? and " + column
                + " is not null order by " + column, String.class, portfolioId);
    }

    /** A stored note: its database id, its line in the imported file, and its terms. */
    public record StoredNote(long id, long portfolioId, int line, Position position) {
    }

    /** The note of a database row, if it belongs to the portfolio. */
    public Optional<StoredNote> find(long portfolioId, long id) {
        List<StoredNote> found = new ArrayList<>(1);
        jdbc.query("select * from note where portfolio_id = ? and id = ?", rs -> {
            NoteRow row = NoteColumns.row(rs);
            dated(new Where("portfolio_id = ? and note_id = ?", List.of(portfolioId, row.getNoteId()))).setOn(row);
            String events = rs.getString("events_of_default");
            found.add(new StoredNote(rs.getLong("id"), portfolioId, rs.getInt("line"),
                    position(row, events, statedPayments(portfolioId, row.getNoteId()))));
        }, portfolioId, id);
        return found.stream().findFirst();
    }

    /** The note of a portfolio with the given note id, if any. */
    public Optional<StoredNote> findByNoteId(long portfolioId, String noteId) {
        List<Long> ids = jdbc.queryForList("select id from note where portfolio_id = ? and note_id = ?", Long.class,
                portfolioId, noteId);
        return ids.isEmpty() ? Optional.empty() : find(portfolioId, ids.get(0));
    }

    /**
     * Every note of a portfolio as a row of the portfolio CSV's columns, with stated payments, in file
     * order: what the analytics module computes on. Rows are handed over one at a time.
     */
    public void rows(long portfolioId, Consumer<NoteRow> sink) {
        scan(portfolioId, (row, events) -> sink.accept(row));
    }

    /**
     * Every note of a portfolio as rows, as {@link #rows(long, Consumer)} gives them but in slices of at most
     * {@code slice} notes in the database's order of note ids (not file order), each slice with its stated
     * payments, rate steps, draws and installments read for it alone (a range of each table's primary
     * key): memory holds one slice, whatever the portfolio's size. What a portfolio's snapshot is written
     * from.
     */
    public void rowsInSlices(long portfolioId, int slice, Consumer<List<NoteRow>> sink) {
        if (slice < 1) {
            throw new IllegalArgumentException("slice must be at least 1, not " + slice);
        }
        String after = null;
        while (true) {
            List<NoteRow> rows = noteRowsAfter(portfolioId, after, slice);
            if (rows.isEmpty()) {
                return;
            }
            String last = rows.get(rows.size() - 1).getNoteId();
            NoteSet notes = NoteSet.range(portfolioId, after, last);
            Map<String, List<StatedPaymentRow>> stated = statedPayments(notes);
            DatedRows dated = dated(notes);
            for (NoteRow row : rows) {
                row.setStatedPayments(stated.get(row.getNoteId()));
                dated.setOn(row);
            }
            sink.accept(rows);
            if (rows.size() < slice) {
                return;
            }
            after = last;
        }
    }

    /** At most {@code limit} notes of a portfolio whose ids follow {@code after} (null: the first ones), by note id. */
    private List<NoteRow> noteRowsAfter(long portfolioId, String after, int limit) {
        // Ordered by the whole key of the (portfolio_id, note_id) index: H2 then reads the index in order and
        // stops at the limit; ordered by note_id alone it sorts every later note of the portfolio each time.
        String sql = "select * from note where portfolio_id = ?" + (after == null ? "" : " and note_id > ?")
                + " order by portfolio_id, note_id fetch first ? rows only";
        Object[] args = after == null ? new Object[] {portfolioId, limit} : new Object[] {portfolioId, after, limit};
        return jdbc.query(sql, (rs, i) -> NoteColumns.row(rs), args);
    }

    /** Every note of a portfolio as the core's positions (events of default included), in file order. */
    public void positions(long portfolioId, Consumer<Position> sink) {
        scan(portfolioId, (row, events) -> sink.accept(position(row, events, row.getStatedPayments())));
    }

    /** A stored note's line in its file and its terms, handed over by {@link #positionsWithLines}. */
    public interface LinedPosition {
        void accept(int line, Position position);
    }

    /** Every note of a portfolio as the core's positions with their lines, in file order. */
    public void positionsWithLines(long portfolioId, LinedPosition sink) {
        Map<String, List<StatedPaymentRow>> stated = statedPayments(portfolioId);
        DatedRows dated = dated(portfolioId);
        jdbc.query(allNotes(portfolioId), rs -> {
            NoteRow row = NoteColumns.row(rs);
            dated.setOn(row);
            sink.accept(rs.getInt("line"), position(row, rs.getString("events_of_default"), stated.get(row.getNoteId())));
        });
    }

    /**
     * Every note of a portfolio as positions, in file order, pulled as the stream is read (for exports
     * that consume an iterator). Close the stream; run it inside a transaction so PostgreSQL uses a
     * cursor rather than fetching every row first.
     */
    public java.util.stream.Stream<Position> positionStream(long portfolioId) {
        Map<String, List<StatedPaymentRow>> stated = statedPayments(portfolioId);
        DatedRows dated = dated(portfolioId);
        return jdbc.queryForStream(allNotes(portfolioId), (rs, i) -> {
            NoteRow row = NoteColumns.row(rs);
            dated.setOn(row);
            return position(row, rs.getString("events_of_default"), stated.get(row.getNoteId()));
        });
    }

    /**
     * The notes of the given database rows as positions, by row id: what the notes browser prices for the
     * page it shows. Rows of another portfolio are left out; one query each for the notes, their stated
     * payments and their rate steps, whatever the number of rows.
     */
    public Map<Long, Position> positions(long portfolioId, Collection<Long> ids) {
        Map<Long, Position> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object> args = new ArrayList<>();
        args.add(portfolioId);
        args.addAll(ids);
        Where where = new Where("portfolio_id = ? and id in (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")", args);
        scan(where, (rs, row) -> found.put(rs.getLong("id"),
                position(row, rs.getString("events_of_default"), row.getStatedPayments())));
        return found;
    }

    /** The notes {@code filter} lets through as positions, in file order, handed over one at a time. */
    public void positions(long portfolioId, NoteFilter filter, Consumer<Position> sink) {
        scan(where(portfolioId, filter), (rs, row) -> sink.accept(position(row, rs.getString("events_of_default"),
                row.getStatedPayments())));
    }

    /**
     * The notes {@code filter} lets through as positions, in file order, pulled as the stream is read (for
     * exports that consume an iterator). Close the stream; run it inside a transaction so PostgreSQL uses a
     * cursor rather than fetching every row first.
     */
    public java.util.stream.Stream<Position> positionStream(long portfolioId, NoteFilter filter) {
        Where where = where(portfolioId, filter);
        Map<String, List<StatedPaymentRow>> stated = statedPayments(where);
        DatedRows dated = dated(where);
        return jdbc.queryForStream(select(where), (rs, i) -> {
            NoteRow row = NoteColumns.row(rs);
            dated.setOn(row);
            return position(row, rs.getString("events_of_default"), stated.get(row.getNoteId()));
        });
    }

    /**
     * The notes {@code filter} lets through as rows of the portfolio CSV's columns, with their stated payments
     * and rate steps, in file order: a filtered list written back in the format the import reads.
     */
    public void rows(long portfolioId, NoteFilter filter, Consumer<NoteRow> sink) {
        scan(where(portfolioId, filter), (rs, row) -> sink.accept(row));
    }

    /**
     * The notes {@code filter} lets through, counted and their principal summed by the database, per currency
     * (principals of two currencies do not add up), by currency code.
     */
    public List<PortfolioListing.CurrencyTotal> totals(long portfolioId, NoteFilter filter) {
        Where where = where(portfolioId, filter);
        return jdbc.query("select currency, count(*), sum(principal) from note where " + where.sql
                        + " group by currency order by currency",
                (rs, i) -> new PortfolioListing.CurrencyTotal(rs.getString(1), rs.getLong(2),
                        rs.getBigDecimal(3).stripTrailingZeros()), where.args());
    }

    /** Every note of a portfolio in file order, fetched in slices rather than all at once. */
    private static PreparedStatementCreator allNotes(long portfolioId) {
        return con -> {
            var statement = con.prepareStatement("select * from note where portfolio_id = ? order by line, id");
            statement.setLong(1, portfolioId);
            statement.setFetchSize(1000);
            return statement;
        };
    }

    private Map<String, List<StatedPaymentRow>> statedPayments(long portfolioId) {
        Map<String, List<StatedPaymentRow>> stated = new HashMap<>();
        jdbc.query("select note_id, due_date, payment from stated_payment where portfolio_id = ? "
                + "order by note_id, due_date", rs -> {
                    stated.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(StatedPaymentRow.of(rs.getDate(2).toLocalDate(),
                                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString()));
                }, portfolioId);
        return stated;
    }

    /**
     * A note's rows in its companion tables, by note id: a stepped rate's changes, the draws and the stepped
     * installments, each in the order the note's row holds them. Set on a row read from table {@code note}.
     */
    private record DatedRows(Map<String, List<RateStepRow>> steps, Map<String, List<DrawRow>> draws,
                             Map<String, List<InstallmentRow>> installments) {
        void setOn(NoteRow row) {
            row.setRateSteps(steps.get(row.getNoteId()));
            row.setDraws(draws.get(row.getNoteId()));
            row.setInstallments(installments.get(row.getNoteId()));
        }
    }

    /** The companion rows of every note of a portfolio. */
    private DatedRows dated(long portfolioId) {
        return dated(new Where("portfolio_id = ?", List.of(portfolioId)));
    }

    /** The companion rows of the notes {@code where} selects: one query per table, whatever the number of notes. */
    private DatedRows dated(Where where) {
        return dated(NoteSet.of(where));
    }

    /**
     * The companion rows of the notes of {@code notes}: one query per table, whatever the number of notes,
     * each ordered by its primary key whole (portfolio first), which H2 then reads in order instead of sorting.
     */
    private DatedRows dated(NoteSet notes) {
        Map<String, List<DrawRow>> draws = new HashMap<>();
        jdbc.query("select note_id, draw_date, amount, kind from note_draw where " + notes.sql()
                + " order by portfolio_id, note_id, seq", rs -> {
                    draws.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(DrawRow.of(
                            rs.getDate(2).toLocalDate(), plain(rs.getBigDecimal(3)), Draws.Kind.of(rs.getString(4))));
                }, notes.args());
        Map<String, List<InstallmentRow>> installments = new HashMap<>();
        jdbc.query("select note_id, from_date, amount, kind from installment_step where " + notes.sql()
                + " order by portfolio_id, note_id, from_date", rs -> {
                    installments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(InstallmentRow.of(
                            rs.getDate(2).toLocalDate(), plain(rs.getBigDecimal(3)),
                            InstallmentStep.Kind.of(rs.getString(4))));
                }, notes.args());
        return new DatedRows(rateSteps(notes), draws, installments);
    }

    /**
     * Which notes' rows to read from a companion table (stated payments, rate steps, draws, installments):
     * a condition on its {@code portfolio_id} and {@code note_id} columns, and its arguments.
     */
    private record NoteSet(String sql, Object[] args) {
        /** The notes {@code where} selects from table {@code note}. */
        static NoteSet of(Where where) {
            return new NoteSet("portfolio_id = ? and note_id in (select note_id from note where " + where.sql + ")",
                    withPortfolio(where));
        }

        /**
         * The notes of a portfolio whose ids follow {@code after} (null: from the first) up to {@code last}
         * in the database's order of note ids: a range of the companion tables' primary keys, read without
         * a look at table {@code note}.
         */
        static NoteSet range(long portfolioId, String after, String last) {
            return after == null ? new NoteSet("portfolio_id = ? and note_id <= ?", new Object[] {portfolioId, last})
                    : new NoteSet("portfolio_id = ? and note_id > ? and note_id <= ?",
                    new Object[] {portfolioId, after, last});
        }
    }

    private static String plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private void scan(long portfolioId, java.util.function.BiConsumer<NoteRow, String> sink) {
        Map<String, List<StatedPaymentRow>> stated = statedPayments(portfolioId);
        DatedRows dated = dated(portfolioId);
        jdbc.query(allNotes(portfolioId), rs -> {
            NoteRow row = NoteColumns.row(rs);
            row.setStatedPayments(stated.get(row.getNoteId()));
            dated.setOn(row);
            sink.accept(row, rs.getString("events_of_default"));
        });
    }

    /** A stored note's result set row (its id, line, events of default) and its CSV row. */
    private interface ScannedRow {
        void accept(java.sql.ResultSet rs, NoteRow row) throws java.sql.SQLException;
    }

    /**
     * The notes {@code where} selects, in file order, each with its stated payments and rate steps, which are
     * read for those notes only (one query each): a filtered list does not load the whole portfolio's.
     */
    private void scan(Where where, ScannedRow sink) {
        Map<String, List<StatedPaymentRow>> stated = statedPayments(where);
        DatedRows dated = dated(where);
        jdbc.query(select(where), rs -> {
            NoteRow row = NoteColumns.row(rs);
            row.setStatedPayments(stated.get(row.getNoteId()));
            dated.setOn(row);
            sink.accept(rs, row);
        });
    }

    /** The stated payments of the notes {@code where} selects, by note id, in date order. */
    private Map<String, List<StatedPaymentRow>> statedPayments(Where where) {
        return statedPayments(NoteSet.of(where));
    }

    /** The stated payments of the notes of {@code notes}, by note id, in date order. */
    private Map<String, List<StatedPaymentRow>> statedPayments(NoteSet notes) {
        Map<String, List<StatedPaymentRow>> stated = new HashMap<>();
        jdbc.query("select note_id, due_date, payment from stated_payment where " + notes.sql()
                + " order by portfolio_id, note_id, due_date", rs -> {
                    stated.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(StatedPaymentRow.of(rs.getDate(2).toLocalDate(),
                                    rs.getBigDecimal(3).stripTrailingZeros().toPlainString()));
                }, notes.args());
        return stated;
    }

    /** The rate steps of the notes of {@code notes}, by note id, in date order. */
    private Map<String, List<RateStepRow>> rateSteps(NoteSet notes) {
        Map<String, List<RateStepRow>> steps = new HashMap<>();
        jdbc.query("select note_id, from_date, rate from rate_step where " + notes.sql()
                + " order by portfolio_id, note_id, from_date", rs -> {
                    steps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(RateStepRow.of(rs.getDate(2).toLocalDate(), plain(rs.getBigDecimal(3))));
                }, notes.args());
        return steps;
    }

    /** The notes {@code where} selects in file order, fetched in slices rather than all at once. */
    private static PreparedStatementCreator select(Where where) {
        return con -> {
            var statement = con.prepareStatement("select * from note where " + where.sql + " order by line, id");
            Object[] args = where.args();
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.setFetchSize(1000);
            return statement;
        };
    }

    /** The arguments of {@code where} after the portfolio id of a query on a note's other tables. */
    private static Object[] withPortfolio(Where where) {
        List<Object> args = new ArrayList<>(where.values().size() + 1);
        args.add(where.values().get(0));
        args.addAll(where.values());
        return args.toArray();
    }

    private List<StatedPaymentRow> statedPayments(long portfolioId, String noteId) {
        List<StatedPaymentRow> payments = jdbc.query("select due_date, payment from stated_payment "
                        + "where portfolio_id = ? and note_id = ? order by due_date",
                (rs, i) -> StatedPaymentRow.of(rs.getDate(1).toLocalDate(),
                        rs.getBigDecimal(2).stripTrailingZeros().toPlainString()), portfolioId, noteId);
        return payments.isEmpty() ? null : payments;
    }

    private static Position position(NoteRow row, String events, List<StatedPaymentRow> payments) {
        row.setStatedPayments(payments);
        Position position = row.toPosition();
        if (events == null || events.isEmpty()) {
            return position;
        }
        NoteTerms terms = position.terms();
        // withEvents keeps every other default term (a late charge, a default margin) as the row gave it.
        NoteTerms withEvents = terms.toBuilder().defaults(terms.defaults().withEvents(List.of(events.split("\n")))).build();
        return new Position(withEvents, position.price());
    }

    private record Where(String sql, List<Object> values) {
        Object[] args() {
            return values.toArray();
        }
    }

    private static Where where(long portfolioId, NoteFilter f) {
        StringBuilder sql = new StringBuilder("portfolio_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(portfolioId);
        if (present(f.borrower())) {
            sql.append(" and lower(borrower) like ? escape '\\'");
            args.add(contains(f.borrower()));
        }
        // Not trimmed: a drill-down names the stored value, spaces and all.
        if (f.exactBorrower() != null && !f.exactBorrower().isEmpty()) {
            sql.append(" and borrower = ?");
            args.add(f.exactBorrower());
        }
        anyOf(sql, args, "currency", f.currencies());
        anyOf(sql, args, "sector", f.sectors());
        anyOf(sql, args, "region", f.regions());
        anyOf(sql, args, "rating", f.ratings());
        anyOf(sql, args, "amortization", f.amortizations());
        if (f.maturityFrom() != null) {
            sql.append(" and maturity_date >= ?");
            args.add(Date.valueOf(f.maturityFrom()));
        }
        if (f.maturityTo() != null) {
            sql.append(" and maturity_date <= ?");
            args.add(Date.valueOf(f.maturityTo()));
        }
        if (present(f.text())) {
            String pattern = contains(f.text());
            sql.append(" and (lower(note_id) like ? escape '\\' or lower(borrower) like ? escape '\\'"
                    + " or lower(lender) like ? escape '\\' or lower(collateral) like ? escape '\\')");
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        return new Where(sql.toString(), args);
    }

    /** The column equal to one of the values (none: no condition); the filter has trimmed them. */
    private static void anyOf(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values.size() == 1) {
            sql.append(" and ").append(column).append(" = ?");
        } else if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (").append(String.join(", ",
                    java.util.Collections.nCopies(values.size(), "?"))).append(")");
        }
        args.addAll(values);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A LIKE pattern for a part of a value, lower case, with the user's % and _ taken literally. */
    private static String contains(String value) {
        String escaped = value.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
