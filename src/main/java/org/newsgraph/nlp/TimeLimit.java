package org.newsgraph.nlp;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work with a deadline on a per-JVM pool of daemon threads. On timeout the worker is interrupted;
 * CoreNLP checks the interrupt flag between annotators and in its long loops, so the thread normally comes
 * back, and a cached pool keeps a stuck one from blocking the next article.
 */
public final class TimeLimit {
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "newsgraph-annotate");
    t.setDaemon(true);
    return t;
  });

  private TimeLimit() {}

  /** Thrown when the deadline passed. */
  public static final class Expired extends Exception {
    public Expired(long millis) {
      super("did not finish within " + millis + " ms");
    }
  }

  public static <T> T call(Callable<T> work, long millis) throws Expired, Exception {
    Future<T> f = POOL.submit(work);
    try {
      return f.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Expired(millis);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw new RuntimeException(cause);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    }
  }
}
