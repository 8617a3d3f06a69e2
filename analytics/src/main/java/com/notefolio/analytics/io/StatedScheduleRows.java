package com.notefolio.analytics.io;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.io.StatedSchedules;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * A stated schedules CSV in Spark, grouped by note id, each note's rows in file order with their line
 * numbers: joined to the notes, each group is read by the core's {@link StatedScheduleCsvReader} beside its
 * note, so that memory never holds the whole file.
 */
final class StatedScheduleRows {

    private final JavaPairRDD<String, NoteSchedule> byNote;

    private StatedScheduleRows(JavaPairRDD<String, NoteSchedule> byNote) {
        this.byNote = byNote;
    }

    static StatedScheduleRows read(SparkSession spark, Path file) {
        String source = file.getFileName().toString();
        String header = NoteDatasetReader.headerLine(file);
        // Header problems are the core's to find, before any job.
        StatedScheduleCsvReader.read(source, new StringReader(header + "\n"), null);
        JavaPairRDD<String, NoteSchedule> byNote = NoteDatasetReader.readCsv(spark, file).javaRDD().zipWithIndex()
                .mapToPair(t -> new Tuple2<>(idOf(t._1), new NoteSchedule(source, header, t._2, NoteDatasetReader.fields(t._1))))
                .reduceByKey(NoteSchedule::plus);
        return new StatedScheduleRows(byNote);
    }

    JavaPairRDD<String, NoteSchedule> byNote() {
        return byNote;
    }

    private static String idOf(Row row) {
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().equalsIgnoreCase(StatedScheduleCsvReader.NOTE_ID)) {
                Object v = row.get(i);
                return v == null ? "" : v.toString().strip();
            }
        }
        return "";
    }

    /** One note's schedule rows as text, with their row indices in the file (from 0, after the header). */
    static final class NoteSchedule implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String source;
        private final String header;
        private final List<Long> indices;
        private final List<List<String>> rows;

        NoteSchedule(String source, String header, long index, List<String> fields) {
            this(source, header, new ArrayList<>(List.of(index)), new ArrayList<>(List.of(fields)));
        }

        private NoteSchedule(String source, String header, List<Long> indices, List<List<String>> rows) {
            this.source = source;
            this.header = header;
            this.indices = indices;
            this.rows = rows;
        }

        /** Both groups' rows, in file order. */
        NoteSchedule plus(NoteSchedule other) {
            List<Long> i = new ArrayList<>(indices.size() + other.indices.size());
            List<List<String>> r = new ArrayList<>(i.size());
            int a = 0;
            int b = 0;
            while (a < indices.size() || b < other.indices.size()) {
                if (b == other.indices.size() || a < indices.size() && indices.get(a) < other.indices.get(b)) {
                    i.add(indices.get(a));
                    r.add(rows.get(a++));
                } else {
                    i.add(other.indices.get(b));
                    r.add(other.rows.get(b++));
                }
            }
            return new NoteSchedule(source, header, i, r);
        }

        /** The rows read by the core, at their real lines; errors go to {@code errors}. */
        StatedSchedules parse(List<InputError> errors) {
            StringBuilder text = new StringBuilder(header).append('\n');
            rows.forEach(r -> text.append(NoteDatasetReader.csvLine(r)).append('\n'));
            List<InputError> found = new ArrayList<>();
            StatedSchedules read = StatedScheduleCsvReader.read(source, new StringReader(text.toString()), found::add);
            found.forEach(e -> errors.add(new InputError(e.source(), realLine(e.line()), e.column(), e.field(),
                    e.value(), e.reason())));
            Map<String, List<StatedSchedules.Row>> moved = new LinkedHashMap<>();
            read.byNote().forEach((id, list) -> {
                List<StatedSchedules.Row> out = new ArrayList<>(list.size());
                list.forEach(row -> out.add(new StatedSchedules.Row(row.dueDate(), row.payment(), realLine(row.line()))));
                moved.put(id, out);
            });
            return new StatedSchedules(source, moved);
        }

        /** Line {@code line} of the text handed to the core (header at 1) as a line of the real file. */
        private long realLine(long line) {
            return line < 2 ? line : indices.get((int) (line - 2)) + 2;
        }
    }
}
