package org.rapaio.jupyter.kernel.channels;

/**
 * Drop-in replacement for rapaio-jupyter-kernel 3.0.1's {@code LoopThread} (same constructor and methods),
 * put ahead of the kernel jar on the classpath by jobs/setup-notebooks.sh.
 *
 * <p>The original sets {@code running = true} after {@code Thread.start()}; when the new thread is scheduled
 * first it reads {@code false} and its loop exits at once, so the shell channel never answers and Jupyter
 * reports "Kernel didn't respond". On a busy machine that happened to several kernel starts in ten. Here
 * the flag is set before the thread starts.
 */
public final class LoopThread extends Thread {

  private volatile boolean running;
  private final long sleep;
  private final Runnable loopBody;

  public LoopThread(String name, long sleep, Runnable loopBody) {
    super(name);
    this.sleep = sleep;
    this.loopBody = loopBody;
  }

  @Override
  public void run() {
    while (running) {
      loopBody.run();
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        running = false;
      }
    }
  }

  @Override
  public synchronized void start() {
    running = true;
    super.start();
  }

  public void shutdown() {
    running = false;
  }
}
