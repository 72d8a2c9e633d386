package org.newsgraph.pipeline;

import java.util.Map;

/**
 * What a run wrote, printed at its end and returned to callers (tests, benchmarks).
 *
 * @param output       the output folder
 * @param byStatus     number of articles per documents.status
 * @param details      breakdowns printed under the statuses (WARC records not read, boilerplate removed)
 * @param rowsPerTable rows written per table
 * @param annotated    articles annotated by this run (articles annotated by earlier runs are skipped)
 * @param tokens       tokens annotated by this run
 * @param annotateSecs wall-clock seconds of the annotation stage
 * @param totalSecs    wall-clock seconds of the whole run
 */
public record RunSummary(String output, Map<String, Long> byStatus, java.util.List<String> details,
                         Map<String, Long> rowsPerTable,
                         long annotated, long tokens, double annotateSecs, double totalSecs) {

  public long articles() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  public String render() {
    StringBuilder sb = new StringBuilder("newsgraph run summary\n");
    sb.append(String.format("  articles: %,d (%,d annotated by this run, %,d by earlier runs)%n", articles(), annotated,
        articles() - annotated));
    byStatus.forEach((s, n) -> sb.append(String.format("    %-12s %,d%n", s, n)));
    details.forEach(line -> sb.append("  ").append(line).append('\n'));
    sb.append(String.format("  annotation: %,d tokens in %.1f s = %,.0f tokens/s, %.2f articles/s%n", tokens,
        annotateSecs, tokens / Math.max(annotateSecs, 1e-3), annotated / Math.max(annotateSecs, 1e-3)));
    sb.append("  tables written under ").append(output).append('\n');
    rowsPerTable.forEach((t, n) -> sb.append(String.format("    %-14s %,d rows  (%s/%s)%n", t, n, output, t)));
    sb.append(String.format("  total time: %.1f s%n", totalSecs));
    return sb.toString();
  }
}
