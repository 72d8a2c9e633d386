package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists a folder of article files recursively through Hadoop's FileSystem (local, HDFS, S3, ...), and
 * reads one file with a byte cap. Spark's own file sources skip zero-length files, and an empty article
 * must still get its documents row, hence this listing of our own.
 */
final class FileListing {
  private FileListing() {}

  /** One listed file: qualified path, path relative to the input root, and length in bytes. */
  record Entry(String path, String relative, long length) {}

  /** Files below root; names starting with "." or "_" (hidden files, _SUCCESS markers) are skipped. */
  static List<Entry> list(String root, Configuration conf) {
    try {
      Path rootPath = new Path(root);
      FileSystem fs = rootPath.getFileSystem(conf);
      if (!fs.exists(rootPath)) {
        throw new IllegalArgumentException("input " + root + " does not exist; pass a folder of article files");
      }
      String prefix = fs.makeQualified(rootPath).toString();
      List<Entry> out = new ArrayList<>();
      for (FileStatus st : files(fs, rootPath)) {
        if (hidden(st.getPath(), prefix)) {
          continue;
        }
        String path = st.getPath().toString();
        String relative = path.startsWith(prefix) ? path.substring(prefix.length()).replaceFirst("^/+", "")
            : st.getPath().getName();
        if (relative.isEmpty()) {
          relative = st.getPath().getName();
        }
        out.add(new Entry(path, relative, st.getLen()));
      }
      out.sort(java.util.Comparator.comparing(Entry::relative));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every file below root. On the local file system this walks with listStatus: listFiles builds a
   * LocatedFileStatus per file, which reads its permissions, and without Hadoop's native library that is
   * one "ls -ld" process per file, which on an archive of a million files adds up to hours. Other
   * file systems keep listFiles, whose recursive form is the fast path on object stores such as S3.
   */
  private static List<FileStatus> files(FileSystem fs, Path root) throws IOException {
    List<FileStatus> out = new ArrayList<>();
    if (!"file".equals(fs.getScheme())) {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        out.add(it.next());
      }
      return out;
    }
    java.util.ArrayDeque<Path> dirs = new java.util.ArrayDeque<>();
    dirs.push(root);
    while (!dirs.isEmpty()) {
      for (FileStatus st : fs.listStatus(dirs.pop())) {
        if (st.isDirectory()) {
          dirs.push(st.getPath());
        } else {
          out.add(st);
        }
      }
    }
    return out;
  }

  private static boolean hidden(Path p, String rootPrefix) {
    for (Path q = p; q != null && q.toString().length() > rootPrefix.length(); q = q.getParent()) {
      String n = q.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  static byte[] read(String path, Configuration conf) throws IOException {
    Path p = new Path(path);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return in.readAllBytes();
    }
  }

  /** A Hadoop Configuration shipped to executors as bytes (Configuration is Writable, not Serializable). */
  static final class ShippedConf implements Serializable {
    private final byte[] bytes;
    private transient Configuration conf;

    ShippedConf(Configuration conf) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(b)) {
        conf.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      this.bytes = b.toByteArray();
    }

    synchronized Configuration get() {
      if (conf == null) {
        Configuration c = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
          c.readFields(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        conf = c;
      }
      return conf;
    }
  }
}
