// Helpers every notebook loads (with %load newsgraph.jsh) before it sets OUT, the output folder the helpers
// read: a DuckDB connection with one view per newsgraph table found under OUT, queries, HTML tables, charts.
// Imports come first and OUT is declared after them: in this kernel a later on-demand import can reset
// variables declared before it to null. Methods call Global.display by its full name: the kernel's static
// import of display(...) resolves in cells but not inside methods loaded from a script.
// A table that is missing or empty is never an error: table(...) says so and returns false, and the cell
// skips its chart. jobs/run-notebooks.sh reads those messages ("table X is missing in OUT ...").
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    throw new RuntimeException("cannot read table " + name + " in " + OUT + ": " + e.getMessage(), e);
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

/** Runs a statement that returns no rows (CREATE, SET, ...). */
void exec(String sql) {
  try (Statement st = db.createStatement()) {
    st.execute(sql);
  } catch (SQLException e) {
    throw new RuntimeException(e.getMessage() + "\nin statement:\n" + sql, e);
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
void showRows(List<Map<String, Object>> rows, int maxRows, int maxChars) {
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
      sb.append(v instanceof Number ? "<td>" : "<td style=\"text-align:left\">").append(html(s)).append("</td>");
    }
    sb.append("</tr>");
  }
  sb.append("</tbody></table>");
  if (rows.size() > maxRows) sb.append("<p>").append(rows.size() - maxRows).append(" more rows</p>");
  org.rapaio.jupyter.kernel.global.Global.display("text/html", sb.toString());
}

void show(List<Map<String, Object>> rows) {
  showRows(rows, 25, 120);
}

/** Runs a query and shows its rows. */
void showQuery(String sql, Object... params) {
  show(rows(sql, params));
}

/** A bar chart sized for notebooks, x labels tilted so entity names fit. */
CategoryChart barChart(String title, String xTitle, String yTitle) {
  CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title(title)
      .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
  chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
  // Vertical labels, and a small tick spacing hint: with its default (74 px) XChart labels one bar in a few.
  chart.getStyler().setXAxisLabelRotation(90);
  chart.getStyler().setXAxisTickMarkSpacingHint(5);
  chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
  chart.getStyler().setChartBackgroundColor(Color.WHITE);
  chart.getStyler().setDecimalPattern("#,###.##");
  return chart;
}

/**
 * A heat map of {@code value}, rows and columns labelled from rows (label order: first seen), drawn with Java2D:
 * XChart's heat map labels only every few rows and columns.
 */
BufferedImage heatMap(String title, List<Map<String, Object>> rows, String x, String y, String value) {
  List<String> xs = labels(rows, x).stream().distinct().collect(Collectors.toList());
  List<String> ys = labels(rows, y).stream().distinct().collect(Collectors.toList());
  double[][] cells = new double[ys.size()][xs.size()];
  double max = 0;
  for (Map<String, Object> r : rows) {
    double v = ((Number) r.get(value)).doubleValue();
    cells[ys.indexOf(r.get(y) == null ? "(none)" : String.valueOf(r.get(y)))][xs.indexOf(r.get(x) == null ? "(none)" : String.valueOf(r.get(x)))] = v;
    max = Math.max(max, v);
  }
  Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  var probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
  int left = ys.stream().mapToInt(probe::stringWidth).max().orElse(0) + 20;
  int bottom = xs.stream().mapToInt(probe::stringWidth).max().orElse(0) + 20;
  int cw = 48, ch = 28, top = 60;
  int w = Math.max(500, left + cw * xs.size() + 30), h = top + ch * ys.size() + bottom + 10;
  var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
  var g = img.createGraphics();
  g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  g.setColor(Color.WHITE);
  g.fillRect(0, 0, w, h);
  g.setColor(Color.BLACK);
  g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
  g.drawString(title, 10, 25);
  g.setFont(font);
  g.drawString(y + " \u2193   " + x + " \u2192   cell: " + value, 10, 45);
  for (int j = 0; j < ys.size(); j++) {
    g.setColor(Color.BLACK);
    g.drawString(ys.get(j), left - 10 - probe.stringWidth(ys.get(j)), top + j * ch + ch / 2 + 5);
    for (int i = 0; i < xs.size(); i++) {
      double v = cells[j][i];
      float t = max == 0 ? 0 : (float) (v / max);
      g.setColor(v == 0 ? new Color(0xf4f4f4) : new Color(1 - 0.85f * t, 1 - 0.6f * t, 1 - 0.25f * t));
      g.fillRect(left + i * cw, top + j * ch, cw - 2, ch - 2);
      if (v != 0) {
        String s = v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.2f", v);
        g.setColor(t > 0.55 ? Color.WHITE : Color.BLACK);
        g.drawString(s, left + i * cw + (cw - 2 - probe.stringWidth(s)) / 2, top + j * ch + ch / 2 + 5);
      }
    }
  }
  g.setColor(Color.BLACK);
  for (int i = 0; i < xs.size(); i++) {
    var at = g.getTransform();
    g.translate(left + i * cw + cw / 2 + 4, top + ys.size() * ch + 8);
    g.rotate(Math.PI / 2);
    g.drawString(xs.get(i), 0, 0);
    g.setTransform(at);
  }
  g.dispose();
  return img;
}

/** Shows a chart (any XChart chart, or an image drawn with Java2D) inline as a PNG. */
void showChart(Object chart) {
  org.rapaio.jupyter.kernel.global.Global.display(chart instanceof BufferedImage ? chart : BitmapEncoder.getBufferedImage((org.knowm.xchart.internal.chartpart.Chart<?, ?>) chart));
}

/** Prints OUT and the newsgraph tables found there. */
void listTables() {
  String found = Stream.of("documents", "mentions", "quotes", "entities", "cooccurrences", "cooccurrence_slices",
      "quote_edges", "statements").filter(n -> exists(n)).collect(Collectors.joining(", "));
  System.out.println("OUT = " + Paths.get(OUT).toAbsolutePath().normalize() + "\ntables found: "
      + (found.isEmpty() ? "none (run the job first: jobs/run-local.sh seeds out)" : found));
}
