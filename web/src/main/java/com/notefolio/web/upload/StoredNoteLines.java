package com.notefolio.web.upload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The file lines of notes already stored in a portfolio, looked up by note id: how an import finds a
 * duplicate note id and the line of its first occurrence while holding only one batch in memory (the
 * database, with its unique index on the portfolio's note ids, remembers the rest).
 */
@Repository
public class StoredNoteLines {

    private final JdbcTemplate jdbc;

    public StoredNoteLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The line of each of {@code noteIds} that the portfolio holds; ids it does not hold are absent. */
    public Map<String, Integer> linesOf(long portfolioId, Collection<String> noteIds) {
        Map<String, Integer> lines = new HashMap<>();
        if (noteIds.isEmpty()) {
            return lines;
        }
        List<Object> args = new ArrayList<>(noteIds.size() + 1);
        args.add(portfolioId);
        args.addAll(noteIds);
        jdbc.query("select note_id, line from note where portfolio_id = ? and note_id in ("
                        + String.join(", ", Collections.nCopies(noteIds.size(), "?")) + ")",
                rs -> {
                    lines.put(rs.getString(1), rs.getInt(2));
                }, args.toArray());
        return lines;
    }
}
