package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the published tables side by side, a few Spark jobs at a time, from driver threads. The tables
 * are independent once their inputs are cached, and each is small next to the annotation: written one
 * after the other, most of the stage was the driver planning and compiling the next query while the
 * executors idled, and a one-task write kept one core busy out of many. Concurrent jobs share the
 * executors (Spark's FIFO scheduler hands free cores to the next job). Rows written are counted while
 * writing. A failed write cancels the others at once (they share a job tag) and is reported with its
 * table name.
 */
public final class TableWrites implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TableWrites.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Tables written at once by the jobs: the graph stage publishes six, the annotation store one more. */
  public static final int CONCURRENT = 4;

  private final SparkSession spark;
  private final String output;
  private final String tag = "newsgraph-tables-" + UUID.randomUUID();
  private final ExecutorService pool;
  private final Map<String, Future<Long>> pending = new LinkedHashMap<>();
  /** Everything submitted, the writes and other work: what close() must not leave running. */
  private final List<Future<?>> started = new ArrayList<>();
  private final AtomicReference<IllegalStateException> firstFailure = new AtomicReference<>();

  /** @param concurrent how many tables are written at once */
  public TableWrites(SparkSession spark, String output, int concurrent) {
    this.spark = spark;
    this.output = output;
    this.pool = Executors.newFixedThreadPool(concurrent, r -> {
      Thread t = new Thread(r, "newsgraph-write-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts writing {@code table} to OUTPUT/name, replacing what was there (re-runs never add duplicates). */
  public void write(String name, Dataset<Row> table) {
    pending.put(name, submit("writing table " + name, () -> writeNow(name, table)));
  }

  /**
   * Runs other Spark work (a summary query) beside the writes, under the same job tag. {@code what}
   * names it in the error if it fails.
   */
  public <T> Future<T> submit(String what, Callable<T> work) {
    Future<T> f = pool.submit(() -> {
      IllegalStateException earlier = firstFailure.get();
      if (earlier != null) {
        throw new IllegalStateException(what + " not started: " + earlier.getMessage());
      }
      spark.sparkContext().addJobTag(tag);
      try {
        return work.call();
      } catch (Exception | Error e) {
        // The first failure stops the others at once, whichever the caller happens to be waiting for.
        if (firstFailure.compareAndSet(null, new IllegalStateException(what + " under " + output + " failed: " + e, e))) {
          spark.sparkContext().cancelJobsWithTag(tag);
        }
        throw e;
      } finally {
        spark.sparkContext().removeJobTag(tag);
      }
    });
    started.add(f);
    return f;
  }

  /**
   * Waits for every write and returns table -> rows written, in the order the writes were started. The
   * first failure cancels the remaining writes and is thrown with the table's name.
   */
  public Map<String, Long> rows() {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (var e : pending.entrySet()) {
      rows.put(e.getKey(), await(e.getValue()));
    }
    return rows;
  }

  /**
   * The result of work started here. As soon as anything started here fails, throws that first failure
   * (the work cancelled because of it fails too, with a less useful message), without waiting for the
   * rest. Spark runs concurrent jobs first come, first served, so a failing write queued behind a long
   * one fails only once its tasks get cores.
   */
  public <T> T await(Future<T> work) {
    while (true) {
      IllegalStateException first = firstFailure.get();
      if (first != null) {
        // Again: a job another thread submitted after the first cancel would otherwise run on.
        spark.sparkContext().cancelJobsWithTag(tag);
        throw first;
      }
      try {
        return work.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // still running: look at the other writes' failures again
      } catch (ExecutionException e) {
        IllegalStateException recorded = firstFailure.get();
        throw recorded != null ? recorded
            : new IllegalStateException("writing under " + output + " failed: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        spark.sparkContext().cancelJobsWithTag(tag);
        throw new IllegalStateException("interrupted while writing under " + output, e);
      }
    }
  }

  /** Stops the threads; work still running (the caller failed before waiting) is cancelled. */
  @Override
  public void close() {
    if (started.stream().anyMatch(f -> !f.isDone())) {
      spark.sparkContext().cancelJobsWithTag(tag);
    }
    pool.shutdownNow();
  }

  /**
   * The count is observed while writing (Spark keeps the metric of the committed tasks only): reading
   * every table back to count it cost one more job and file listing per table.
   */
  private long writeNow(String name, Dataset<Row> table) throws InterruptedException {
    Observation written = new Observation("rows written to " + name);
    long start = System.nanoTime();
    try (var label = JobDescription.of(spark.sparkContext(), "newsgraph: write " + name)) {
      table.observe(written, count(lit(1)).as("rows")).write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
    }
    long rows = ((Number) written.getAsJava().get("rows")).longValue();
    LOG.info("wrote {}: {} rows in {} s", name, rows, String.format("%.1f", (System.nanoTime() - start) / 1e9));
    return rows;
  }
}
