package org.newsgraph.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML element as text: each block element a paragraph (a blank line around it), br a line
 * break, a table row one line with its cells apart by a space.
 */
final class ParagraphText {
  private ParagraphText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && e.nameIs("br")) {
          out.append('\n');
        } else if (node instanceof Element e && isCell(e)) {
          out.append(' ');
        } else if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && isCell(e)) {
          out.append(' ');
        } else if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }
    };
    root.traverse(visitor);
    return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n").strip();
  }

  /** Table cells stay on their row's line. */
  private static boolean isCell(Element e) {
    return e.nameIs("td") || e.nameIs("th");
  }
}
