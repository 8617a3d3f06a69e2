package com.notefolio.analytics.job;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.SparkEnv;
import org.apache.spark.util.AccumulatorV2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The partitions' aggregates of a valuation, gathered as its measures are computed: an accumulator to
 * which each partition adds its {@link CaseAggregates} once it has valued its last note, so that writing
 * the measures is the only pass over the notes (no note's measures are kept in between). It holds which
 * partitions it has and their merge; a partition arriving again (a task run twice, the measures written
 * twice) is not added again, and {@link #complete} says whether every partition has arrived.
 *
 * <p>The aggregates travel to the driver inside Spark's task results, which Java serialization writes;
 * the core's aggregates are not {@link java.io.Serializable}, so they are written in that stream by the
 * session's serializer (Kryo with {@link CoreKryoRegistrator}), as the partition aggregates of
 * {@code PortfolioValuation.figures} travel.
 */
final class PartitionAggregates extends AccumulatorV2<PartitionAggregates.Partial, CaseAggregates> {

    private static final long serialVersionUID = 1L;
    private static final ClassTag<CaseAggregates> TAG = ClassTag$.MODULE$.apply(CaseAggregates.class);

    /** One partition's aggregate. */
    record Partial(int partition, CaseAggregates aggregate) {
    }

    private final LocalDate asOf;
    private final List<String> caseNames;
    private TreeSet<Integer> partitions = new TreeSet<>();
    /** The merge of the partitions' aggregates; null while none has arrived. Only read, never added to. */
    private transient CaseAggregates merged;

    PartitionAggregates(LocalDate asOf, List<String> caseNames) {
        this.asOf = asOf;
        this.caseNames = List.copyOf(caseNames);
    }

    /** Whether every one of {@code count} partitions has added its aggregate. */
    synchronized boolean complete(int count) {
        return partitions.size() == count && (count == 0 || partitions.first() == 0 && partitions.last() == count - 1);
    }

    /** The merge of every partition's aggregate (an empty one when none has arrived). */
    @Override
    public synchronized CaseAggregates value() {
        return merged == null ? new CaseAggregates(asOf, caseNames) : merged;
    }

    @Override
    public synchronized void add(Partial p) {
        if (partitions.add(p.partition())) {
            merged = merged == null ? p.aggregate() : CaseAggregates.merged(merged, p.aggregate());
        }
    }

    @Override
    public synchronized void merge(AccumulatorV2<Partial, CaseAggregates> other) {
        PartitionAggregates o = (PartitionAggregates) other;
        TreeSet<Integer> theirs;
        CaseAggregates their;
        synchronized (o) {
            theirs = new TreeSet<>(o.partitions);
            their = o.merged;
        }
        if (theirs.isEmpty()) {
            return;
        }
        boolean disjoint = theirs.stream().noneMatch(partitions::contains);
        if (!disjoint) {
            // A task's update holds one partition: only a partition seen before overlaps, and it adds nothing new.
            if (!partitions.containsAll(theirs)) {
                throw new IllegalStateException("partition aggregates overlap in part: " + partitions + " and " + theirs);
            }
            return;
        }
        partitions.addAll(theirs);
        merged = merged == null ? their : CaseAggregates.merged(merged, their);
    }

    @Override
    public synchronized boolean isZero() {
        return partitions.isEmpty();
    }

    @Override
    public synchronized AccumulatorV2<Partial, CaseAggregates> copy() {
        PartitionAggregates c = new PartitionAggregates(asOf, caseNames);
        c.partitions = new TreeSet<>(partitions);
        c.merged = merged;
        return c;
    }

    @Override
    public synchronized void reset() {
        partitions = new TreeSet<>();
        merged = null;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        if (merged == null) {
            out.writeInt(-1);
            return;
        }
        ByteBuffer bytes = SparkEnv.get().serializer().newInstance().serialize(merged, TAG);
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        out.writeInt(array.length);
        out.write(array);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int length = in.readInt();
        if (length >= 0) {
            byte[] array = new byte[length];
            in.readFully(array);
            merged = SparkEnv.get().serializer().newInstance().deserialize(ByteBuffer.wrap(array), TAG);
        }
    }
}
