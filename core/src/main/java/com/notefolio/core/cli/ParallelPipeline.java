package com.notefolio.core.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads items in chunks, computes each chunk on all cores, and hands the results on in input order: the
 * shape of every core command. Memory holds one chunk, whatever the number of items.
 */
public final class ParallelPipeline {

    /** Items per chunk: enough to keep every core busy, few enough that a chunk's results fit in memory. */
    public static final int CHUNK = 4096;

    private ParallelPipeline() {
    }

    /** Runs {@code compute} over every item of {@code input} and gives the results to {@code sink} in order. */
    public static <T, R> long run(Iterator<T> input, Function<T, R> compute, Consumer<R> sink) {
        return run(input, CHUNK, compute, sink);
    }

    /** The same with {@code chunkSize} items a chunk, for results that are large (many schedules a note). */
    public static <T, R> long run(Iterator<T> input, int chunkSize, Function<T, R> compute, Consumer<R> sink) {
        List<T> chunk = new ArrayList<>(chunkSize);
        @SuppressWarnings("unchecked")
        R[] results = (R[]) new Object[chunkSize];
        long count = 0;
        while (input.hasNext()) {
            chunk.clear();
            while (chunk.size() < chunkSize && input.hasNext()) {
                chunk.add(input.next());
            }
            IntStream.range(0, chunk.size()).parallel().forEach(i -> results[i] = compute.apply(chunk.get(i)));
            for (int i = 0; i < chunk.size(); i++) {
                sink.accept(results[i]);
                results[i] = null;
            }
            count += chunk.size();
        }
        return count;
    }
}
