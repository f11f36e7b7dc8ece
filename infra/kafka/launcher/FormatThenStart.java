package dev.tributary.kafka;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A node's first start in one JVM: `kafka-storage format`, then the broker. Saves the separate format
 * JVM (~0.4 s of CPU per node, on the critical path of a new cluster) and loads the shared classes once.
 *
 *   java … -cp "lib/*:launcher/tributary-launcher.jar" dev.tributary.kafka.FormatThenStart \
 *        <format-args-file> kafka.Kafka <server.properties>
 *
 * The format arguments (they carry the admin's SCRAM password) come from a file, one per line, which is
 * deleted as soon as it is read: they never appear in the process table. The main class and its
 * arguments follow, so the command line still names `kafka.Kafka <config>` for process lookups.
 */
public final class FormatThenStart {
  private FormatThenStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: FormatThenStart <format-args-file> <main-class> [args…]");
      System.exit(2);
    }
    Path argsFile = Path.of(args[0]);
    List<String> formatArgs;
    try {
      formatArgs = Files.readAllLines(argsFile, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(argsFile);
    }
    int rc = kafka.tools.StorageTool.execute(formatArgs.toArray(new String[0]), System.out);
    if (rc != 0) {
      System.err.println("kafka-storage format exited with " + rc);
      System.exit(1);
    }
    Method main = Class.forName(args[1]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
  }
}
