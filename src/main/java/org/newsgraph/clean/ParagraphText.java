package org.newsgraph.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Renders an HTML element as text: each block element a paragraph (a blank line around it), br a line break. */
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
        } else if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append("\n\n");
        }
      }
    };
    root.traverse(visitor);
    return out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
