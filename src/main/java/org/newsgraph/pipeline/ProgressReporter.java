package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs "done/total, rate, ETA" on the driver while articles are annotated. Accumulators reach the driver
 * as tasks finish, so the annotation is split into many small partitions (see {@code Partitioning}).
 */
final class ProgressReporter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("org.newsgraph.progress");
  private final ScheduledExecutorService timer;
  private final long total;
  private final LongAccumulator articles;
  private final LongAccumulator tokens;
  private final long start = System.nanoTime();
  private long lastLogged = -1;

  ProgressReporter(long total, LongAccumulator articles, LongAccumulator tokens, Duration every) {
    this.total = total;
    this.articles = articles;
    this.tokens = tokens;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsgraph-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::log, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized void log() {
    long done = articles.value();
    if (done == lastLogged) {
      return;
    }
    lastLogged = done;
    double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double rate = done / secs;
    String eta = rate > 0 && done < total ? formatDuration((long) ((total - done) / rate)) : "-";
    LOG.info(String.format("annotated %,d/%,d articles (%.0f%%), %.2f articles/s, %,.0f tokens/s, ETA %s",
        done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, tokens.value() / secs, eta));
  }

  static String formatDuration(long seconds) {
    return seconds >= 3600 ? String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60)
        : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  @Override
  public void close() {
    timer.shutdownNow();
    log();
  }
}
