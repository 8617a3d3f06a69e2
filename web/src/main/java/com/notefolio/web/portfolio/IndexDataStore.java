package com.notefolio.web.portfolio;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexFixing;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The index data of portfolios in tables {@code index_fixing} and {@code index_curve_point}: saved with an
 * import, replaced whole (an administrator's later upload), loaded for every resolution of the
 * portfolio's floating notes. Writes run in the caller's transaction.
 */
@Repository
public class IndexDataStore {

    private final JdbcTemplate jdbc;

    public IndexDataStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The portfolio's index data; {@link PortfolioIndexData#NONE} when it has none. */
    public PortfolioIndexData load(long portfolioId) {
        List<IndexFixing> fixings = jdbc.query("select rate_index, fixing_date, rate from index_fixing "
                        + "where portfolio_id = ? order by rate_index, fixing_date",
                (rs, i) -> new IndexFixing(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)),
                portfolioId);
        Map<String, LocalDate> bases = new LinkedHashMap<>();
        Map<String, List<ForwardCurve.Point>> points = new LinkedHashMap<>();
        jdbc.query("select rate_index, base_date, tenor_months, rate from index_curve_point where portfolio_id = ? "
                + "order by rate_index, tenor_months", rs -> {
                    bases.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    points.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ForwardCurve.Point(rs.getInt(3), rs.getBigDecimal(4)));
                }, portfolioId);
        List<ForwardCurve> curves = new ArrayList<>();
        points.forEach((index, list) -> curves.add(new ForwardCurve(index, bases.get(index), list)));
        return fixings.isEmpty() && curves.isEmpty() ? PortfolioIndexData.NONE : new PortfolioIndexData(fixings, curves);
    }

    /** Adds index data to a portfolio that has none (an import). */
    public void save(long portfolioId, PortfolioIndexData data) {
        List<Object[]> fixings = new ArrayList<>(data.fixings().size());
        for (IndexFixing f : data.fixings()) {
            fixings.add(new Object[] {portfolioId, f.index(), Date.valueOf(f.date()), f.rate()});
        }
        List<Object[]> points = new ArrayList<>();
        for (ForwardCurve c : data.curves()) {
            for (ForwardCurve.Point p : c.points()) {
                points.add(new Object[] {portfolioId, c.index(), Date.valueOf(c.baseDate()), p.tenorMonths(), p.rate()});
            }
        }
        if (!fixings.isEmpty()) {
            jdbc.batchUpdate("insert into index_fixing (portfolio_id, rate_index, fixing_date, rate) values (?, ?, ?, ?)",
                    fixings);
        }
        if (!points.isEmpty()) {
            jdbc.batchUpdate("insert into index_curve_point (portfolio_id, rate_index, base_date, tenor_months, rate) "
                    + "values (?, ?, ?, ?, ?)", points);
        }
    }

    /** Replaces the portfolio's index data whole; run it in a transaction with the revision bump. */
    public void replace(long portfolioId, PortfolioIndexData data) {
        jdbc.update("delete from index_fixing where portfolio_id = ?", portfolioId);
        jdbc.update("delete from index_curve_point where portfolio_id = ?", portfolioId);
        save(portfolioId, data);
    }

}
