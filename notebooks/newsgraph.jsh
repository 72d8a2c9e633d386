// Helpers every notebook loads (with %load newsgraph.jsh) after setting OUT: a DuckDB connection with one
// view per newsgraph table found under OUT, queries, HTML tables and inline charts.
// A table that is missing or empty is never an error: table(...) says so and returns false, and the cell
// skips its chart. jobs/run-notebooks.sh reads those messages ("table X is missing in OUT ...").
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.List;
import java.util.stream.*;
import org.knowm.xchart.*;
import org.knowm.xchart.style.Styler;

Connection db = DriverManager.getConnection("jdbc:duckdb:");

/** The Parquet files of table {@code name} under OUT (Spark writes a folder of part files, maybe partitioned). */
String parquetGlob(String name) {
  return Paths.get(OUT, name).toAbsolutePath().normalize() + "/**/*.parquet";
}

/** True when OUT/name holds Parquet files; then a view {@code name} reads them. Says nothing. */
boolean exists(String name) {
  Path dir = Paths.get(OUT, name);
  if (!Files.isDirectory(dir)) return false;
  try (Stream<Path> files = Files.walk(dir)) {
    if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) return false;
  } catch (java.io.IOException e) {
    throw new java.io.UncheckedIOException(e);
  }
  try (Statement st = db.createStatement()) {
    st.execute("CREATE OR REPLACE VIEW " + name + " AS SELECT * FROM read_parquet('"
        + parquetGlob(name).replace("'", "''") + "', union_by_name = true)");
  } catch (SQLException e) {
    throw new RuntimeException("cannot read table " + name + " in " + OUT, e);
  }
  return true;
}

/** Like exists(name), but also false for a table with no rows, and says why in the cell's output. */
boolean table(String name) {
  if (!exists(name)) {
    System.out.println("table " + name + " is missing in OUT (" + Paths.get(OUT, name)
        + "): run the job first, or a newer job that writes it; skipped.");
    return false;
  }
  if (((Number) value("SELECT count(*) FROM " + name)).longValue() == 0) {
    System.out.println("table " + name + " is empty in OUT (" + Paths.get(OUT, name) + "); skipped.");
    return false;
  }
  return true;
}

/** True when the view {@code name} has column {@code column} (tables gain columns as newsgraph grows). */
boolean hasColumn(String name, String column) {
  return ((Number) value("SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
      name, column)).longValue() > 0;
}

/** Rows of a query as ordered maps column -> value; {@code ?} parameters bound in order. */
List<Map<String, Object>> rows(String sql, Object... params) {
  try (PreparedStatement ps = db.prepareStatement(sql)) {
    for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    try (ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> out = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= md.getColumnCount(); c++) row.put(md.getColumnLabel(c), rs.getObject(c));
        out.add(row);
      }
      return out;
    }
  } catch (SQLException e) {
    throw new RuntimeException(e.getMessage() + "\nin query:\n" + sql, e);
  }
}

/** The first column of the first row, or null. */
Object value(String sql, Object... params) {
  List<Map<String, Object>> r = rows(sql, params);
  return r.isEmpty() ? null : r.get(0).values().iterator().next();
}

/** One column of a query's rows, as strings ("(none)" for null) or numbers. */
List<String> labels(List<Map<String, Object>> rows, String column) {
  return rows.stream().map(r -> r.get(column) == null ? "(none)" : String.valueOf(r.get(column))).collect(Collectors.toList());
}

List<Number> numbers(List<Map<String, Object>> rows, String column) {
  return rows.stream().map(r -> r.get(column) == null ? (Number) 0 : (Number) r.get(column)).collect(Collectors.toList());
}

String html(Object o) {
  return o == null ? "<i>null</i>"
      : String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
}

/** Shows rows as an HTML table (at most maxRows; cells clipped to maxChars unless maxChars is 0). */
void show(List<Map<String, Object>> rows, int maxRows, int maxChars) {
  if (rows.isEmpty()) {
    System.out.println("(no rows)");
    return;
  }
  StringBuilder sb = new StringBuilder("<table><thead><tr>");
  rows.get(0).keySet().forEach(k -> sb.append("<th>").append(html(k)).append("</th>"));
  sb.append("</tr></thead><tbody>");
  for (Map<String, Object> row : rows.subList(0, Math.min(maxRows, rows.size()))) {
    sb.append("<tr>");
    for (Object v : row.values()) {
      String s = v == null ? null : String.valueOf(v);
      if (s != null && maxChars > 0 && s.length() > maxChars) s = s.substring(0, maxChars) + "…";
      sb.append("<td style=\"text-align:left\">").append(html(s)).append("</td>");
    }
    sb.append("</tr>");
  }
  sb.append("</tbody></table>");
  if (rows.size() > maxRows) sb.append("<p>").append(rows.size() - maxRows).append(" more rows</p>");
  display("text/html", sb.toString());
}

void show(List<Map<String, Object>> rows) {
  show(rows, 25, 120);
}

void show(String sql, Object... params) {
  show(rows(sql, params));
}

/** A bar chart sized for notebooks, x labels tilted so entity names fit. */
CategoryChart barChart(String title, String xTitle, String yTitle) {
  CategoryChart chart = new CategoryChartBuilder().width(900).height(450).title(title)
      .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
  chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
  chart.getStyler().setXAxisLabelRotation(40);
  chart.getStyler().setChartBackgroundColor(Color.WHITE);
  chart.getStyler().setDecimalPattern("#,###.##");
  return chart;
}

/** A heat map of {@code value} over x and y labels taken from rows (label order: first seen). */
HeatMapChart heatMap(String title, List<Map<String, Object>> rows, String x, String y, String value) {
  List<String> xs = labels(rows, x).stream().distinct().collect(Collectors.toList());
  List<String> ys = labels(rows, y).stream().distinct().collect(Collectors.toList());
  List<Number[]> cells = new ArrayList<>();
  for (Map<String, Object> r : rows) {
    cells.add(new Number[] {xs.indexOf(r.get(x) == null ? "(none)" : String.valueOf(r.get(x))),
        ys.indexOf(r.get(y) == null ? "(none)" : String.valueOf(r.get(y))), (Number) r.get(value)});
  }
  HeatMapChart chart = new HeatMapChartBuilder().width(Math.max(700, 60 * xs.size() + 300))
      .height(Math.max(350, 28 * ys.size() + 200)).title(title).xAxisTitle(x).yAxisTitle(y).build();
  chart.getStyler().setShowValue(true);
  chart.getStyler().setXAxisLabelRotation(40);
  chart.getStyler().setChartBackgroundColor(Color.WHITE);
  chart.getStyler().setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08306b)});
  chart.addSeries(value, xs, ys, cells);
  return chart;
}

/** Shows a chart (any XChart chart, or an image drawn with Java2D) inline as a PNG. */
void showChart(Object chart) {
  display(chart instanceof BufferedImage ? chart : BitmapEncoder.getBufferedImage((org.knowm.xchart.internal.chartpart.Chart<?, ?>) chart));
}

String found = Stream.of("documents", "mentions", "quotes", "entities", "cooccurrences", "cooccurrence_slices",
    "quote_edges").filter(n -> exists(n)).collect(Collectors.joining(", "));
System.out.println("OUT = " + Paths.get(OUT).toAbsolutePath().normalize() + "\ntables found: "
    + (found.isEmpty() ? "none (run the job first: jobs/run-local.sh seeds out)" : found));
