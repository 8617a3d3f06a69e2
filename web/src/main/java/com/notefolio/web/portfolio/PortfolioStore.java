package com.notefolio.web.portfolio;

import com.notefolio.web.portfolio.PortfolioListing.CurrencyTotal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code portfolio}: names, provenance and the revision that cached results are keyed by. */
@Repository
public class PortfolioStore {

    private final JdbcTemplate jdbc;

    public PortfolioStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every portfolio with counts and totals per currency, by name. */
    public List<PortfolioListing> list() {
        return listWhere("", new Object[0]);
    }

    public Optional<PortfolioListing> find(long id) {
        return listWhere("where p.id = ?", new Object[] {id}).stream().findFirst();
    }

    public Optional<Long> idOf(String name) {
        return jdbc.query("select id from portfolio where name = ?", (rs, i) -> rs.getLong(1), name).stream()
                .findFirst();
    }

    /** Inserts an empty portfolio and returns its id. */
    public long insert(String name, String sourceFile, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(
                    "insert into portfolio (name, source_file, created_by, created_at) values (?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, name);
            statement.setString(2, sourceFile);
            statement.setString(3, createdBy);
            statement.setTimestamp(4, Timestamp.from(Instant.now()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public boolean rename(long id, String name) {
        return jdbc.update("update portfolio set name = ? where id = ?", name, id) == 1;
    }

    public boolean delete(long id) {
        return jdbc.update("delete from portfolio where id = ?", id) == 1;
    }

    /** The portfolio's revision, which cached results are keyed by; empty for no such portfolio. */
    public Optional<Long> revision(long id) {
        return jdbc.query("select revision from portfolio where id = ?", (rs, i) -> rs.getLong(1), id).stream()
                .findFirst();
    }

    /**
     * When the portfolio was created, as stored (empty for no such portfolio): with the id, what tells this
     * portfolio from one of another database that was given the same id.
     */
    public Optional<Instant> createdAt(long id) {
        return jdbc.query("select created_at from portfolio where id = ?", (rs, i) -> rs.getTimestamp(1).toInstant(), id)
                .stream().findFirst();
    }

    /** Marks the portfolio's notes as changed: results cached at an older revision are stale. */
    public void bumpRevision(long id) {
        jdbc.update("update portfolio set revision = revision + 1 where id = ?", id);
    }

    private List<PortfolioListing> listWhere(String where, Object[] args) {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<CurrencyTotal>> totals = new LinkedHashMap<>();
        jdbc.query("select p.id, p.name, p.source_file, p.created_by, p.created_at, p.revision, n.currency, "
                + "count(n.id) as notes, sum(n.principal) as principal from portfolio p "
                + "left join note n on n.portfolio_id = p.id " + where
                + " group by p.id, p.name, p.source_file, p.created_by, p.created_at, p.revision, n.currency "
                + "order by p.name, n.currency", rs -> {
                    long id = rs.getLong("id");
                    heads.putIfAbsent(id, new Object[] {rs.getString("name"), rs.getString("source_file"),
                            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                            rs.getLong("revision")});
                    List<CurrencyTotal> list = totals.computeIfAbsent(id, k -> new ArrayList<>());
                    String currency = rs.getString("currency");
                    if (currency != null) {
                        list.add(new CurrencyTotal(currency, rs.getLong("notes"),
                                rs.getBigDecimal("principal").stripTrailingZeros()));
                    }
                }, args);
        List<PortfolioListing> result = new ArrayList<>(heads.size());
        heads.forEach((id, h) -> {
            List<CurrencyTotal> t = totals.get(id);
            long count = t.stream().mapToLong(CurrencyTotal::notes).sum();
            result.add(new PortfolioListing(id, (String) h[0], (String) h[1], (String) h[2], (Instant) h[3],
                    (Long) h[4], count, t));
        });
        return result;
    }
}
