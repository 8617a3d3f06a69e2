package com.notefolio.analytics.io;

import com.notefolio.analytics.row.NoteRow;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.FileSourceScanExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.execution.vectorized.Dictionary;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarArray;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The notes of a Dataset that is a plain Parquet scan of {@link NoteRow} columns, read straight from the
 * scan's column batches into rows. The bean encoder's path first copies every column of every row into
 * an {@code UnsafeRow} and then decodes that into the bean, which cost as much as valuing the note; here
 * each value is taken from its column once, by the bean's own setters, so the rows are the ones the
 * encoder gives (the same properties, types and nulls). Any other Dataset (generated notes, a filter, a
 * repartition, an old file whose missing columns are added as nulls, a type the encoder would cast) is
 * not a plain scan and is read by the encoder as before.
 */
public final class ColumnarNoteRows {

    /** Which dictionary a vector holds: Spark sets it per column chunk and gives no reader for it. */
    private static final VarHandle DICTIONARY = dictionaryHandle();

    private ColumnarNoteRows() {
    }

    private static VarHandle dictionaryHandle() {
        try {
            return MethodHandles.privateLookupIn(WritableColumnVector.class, MethodHandles.lookup())
                    .findVarHandle(WritableColumnVector.class, "dictionary", Dictionary.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a column vector's dictionary", e);
        }
    }

    /** The rows of {@code notes} read column-wise, or empty when {@code notes} is not a plain Parquet scan. */
    public static Optional<JavaRDD<NoteRow>> of(Dataset<NoteRow> notes) {
        SparkPlan plan = notes.queryExecution().executedPlan();
        while (true) {
            if (plan instanceof WholeStageCodegenExec w) {
                plan = w.child();
            } else if (plan instanceof ColumnarToRowExec c) {
                plan = c.child();
            } else if (plan instanceof InputAdapter i) {
                plan = i.child();
            } else {
                break;
            }
        }
        if (!(plan instanceof FileSourceScanExec scan) || !scan.supportsColumnar()
                || !(scan.relation().fileFormat() instanceof ParquetFileFormat)) {
            return Optional.empty();
        }
        StructType columns = scan.schema();
        Map<String, DataType> expected = new HashMap<>();
        for (StructField f : NoteRow.encoder().schema().fields()) {
            expected.put(f.name(), f.dataType());
        }
        for (StructField f : columns.fields()) {
            DataType want = expected.get(f.name());
            if (want == null || !want.catalogString().equals(f.dataType().catalogString())) {
                return Optional.empty();
            }
        }
        String[] names = columns.fieldNames();
        JavaRDD<ColumnarBatch> batches = scan.executeColumnar().toJavaRDD();
        return Optional.of(batches.mapPartitions(it -> rows(it, names)));
    }

    /** Iterates the rows of the batches; a batch is reused by the reader, so each row is built before the next batch. */
    private static Iterator<NoteRow> rows(Iterator<ColumnarBatch> batches, String[] names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = Column.of(NoteRow.class, names[i]);
        }
        return new Iterator<>() {
            private ColumnarBatch batch;
            private int row;

            @Override
            public boolean hasNext() {
                while ((batch == null || row == batch.numRows()) && batches.hasNext()) {
                    batch = batches.next();
                    row = 0;
                }
                return batch != null && row < batch.numRows();
            }

            @Override
            public NoteRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                NoteRow note = new NoteRow();
                for (int i = 0; i < columns.length; i++) {
                    ColumnVector v = batch.column(i);
                    if (!v.isNullAt(row)) {
                        columns[i].set(note, columns[i].value(v, row));
                    }
                }
                row++;
                return note;
            }
        };
    }

    /** How one bean property is read from its column: by its type, and for a list its element bean's properties. */
    private static final class Column {
        private final Method setter;
        private final Class<?> type;
        private final java.lang.reflect.Constructor<?> element;
        private final Column[] fields;
        /** A dictionary-encoded text column's values by dictionary id, for the dictionary they were read from. */
        private Object dictionary;
        private String[] byId = new String[0];

        private Column(Method setter, Class<?> type, Class<?> element, Column[] fields) {
            // Public setters of a public class: no access check is needed on each call.
            setter.setAccessible(true);
            this.setter = setter;
            this.type = type;
            try {
                this.element = element == null ? null : element.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
            this.fields = fields;
        }

        static Column of(Class<?> bean, String name) {
            try {
                for (PropertyDescriptor p : Introspector.getBeanInfo(bean).getPropertyDescriptors()) {
                    if (p.getName().equals(name) && p.getWriteMethod() != null) {
                        Method setter = p.getWriteMethod();
                        Class<?> type = p.getPropertyType();
                        if (type != List.class) {
                            return new Column(setter, type, null, null);
                        }
                        Class<?> element = (Class<?>) ((ParameterizedType) setter.getGenericParameterTypes()[0])
                                .getActualTypeArguments()[0];
                        // The element's struct holds its properties in the encoder's order, by name.
                        StructType struct = (StructType) ((ArrayType) NoteRow.encoder().schema().apply(name).dataType())
                                .elementType();
                        Column[] fields = new Column[struct.size()];
                        for (int k = 0; k < fields.length; k++) {
                            fields[k] = of(element, struct.fields()[k].name());
                        }
                        return new Column(setter, type, element, fields);
                    }
                }
            } catch (IntrospectionException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException(bean.getSimpleName() + " has no property " + name);
        }

        Object value(ColumnVector v, int row) {
            if (type == String.class) {
                return text(v, row);
            }
            if (type == LocalDate.class) {
                return LocalDate.ofEpochDay(v.getInt(row));
            }
            if (type == Integer.class) {
                return v.getInt(row);
            }
            if (type == Boolean.class) {
                return v.getBoolean(row);
            }
            ColumnarArray array = v.getArray(row);
            List<Object> out = new ArrayList<>(array.numElements());
            for (int j = 0; j < array.numElements(); j++) {
                out.add(element(array.getStruct(j, fields.length)));
            }
            return out;
        }

        private Object element(InternalRow struct) {
            try {
                Object e = element.newInstance();
                for (int k = 0; k < fields.length; k++) {
                    if (!struct.isNullAt(k)) {
                        fields[k].set(e, fields[k].scalar(struct, k));
                    }
                }
                return e;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * A text value. Most text columns are dictionary-encoded (a currency, a frequency, a rating repeat
         * across notes), so each distinct value of a dictionary is decoded once and its string shared.
         */
        private String text(ColumnVector v, int row) {
            if (v instanceof WritableColumnVector w && w.hasDictionary()) {
                Object d = DICTIONARY.get(w);
                if (d != dictionary) {
                    dictionary = d;
                    byId = new String[0];
                }
                int id = w.getDictionaryIds().getDictId(row);
                if (id >= byId.length) {
                    byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
                }
                String t = byId[id];
                if (t == null) {
                    t = v.getUTF8String(row).toString();
                    byId[id] = t;
                }
                return t;
            }
            return v.getUTF8String(row).toString();
        }

        private Object scalar(InternalRow struct, int k) {
            if (type == String.class) {
                return struct.getUTF8String(k).toString();
            }
            if (type == LocalDate.class) {
                return LocalDate.ofEpochDay(struct.getInt(k));
            }
            if (type == Integer.class) {
                return struct.getInt(k);
            }
            if (type == Boolean.class) {
                return struct.getBoolean(k);
            }
            throw new IllegalStateException("no column reading for " + type);
        }

        void set(Object bean, Object value) {
            try {
                setter.invoke(bean, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
