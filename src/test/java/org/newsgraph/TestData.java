package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the test inputs live: the repository's seeds/ and the workplace's ../shared data. */
public final class TestData {
  private TestData() {}

  public static Path seeds() {
    return Path.of(System.getProperty("newsgraph.seeds", "seeds")).toAbsolutePath();
  }

  /**
   * The workplace's shared data: NEWSGRAPH_SHARED if set, else ../shared beside the repository (the pom
   * passes it as newsgraph.shared). A clone made elsewhere (CI clones into a temporary folder) has no
   * ../shared of its own; its origin, when that is a local repository, does, so that is tried next.
   */
  public static Path shared() {
    String env = System.getenv("NEWSGRAPH_SHARED");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath().normalize();
    }
    Path beside = Path.of(System.getProperty("newsgraph.shared", "../shared")).toAbsolutePath().normalize();
    if (Files.isDirectory(beside)) {
      return beside;
    }
    Path origin = originRepository();
    if (origin != null && Files.isDirectory(origin.resolveSibling("shared"))) {
      return origin.resolveSibling("shared");
    }
    throw new IllegalStateException("the shared test data is not at " + beside + " (nor beside this clone's origin "
        + origin + "); set NEWSGRAPH_SHARED to the folder holding data/ and seeds/");
  }

  /** The local repository this clone was made from, or null (no git, a remote URL, no origin). */
  private static Path originRepository() {
    try {
      Process p = new ProcessBuilder("git", "config", "--get", "remote.origin.url").redirectErrorStream(true).start();
      String url = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0 || url.isEmpty() || url.contains("://") || url.contains("@")) {
        return null;
      }
      Path path = Path.of(url.startsWith("file:") ? url.substring(5) : url).toAbsolutePath().normalize();
      return Files.isDirectory(path) ? path : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The seed file whose name starts with the given number, e.g. "000". */
  public static Path seed(String number) {
    try (Stream<Path> files = Files.list(seeds())) {
      return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + seeds()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String seedText(String number) {
    try {
      return Files.readString(seed(number), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
