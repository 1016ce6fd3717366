package dev.marque.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The reference the Spark findings are held to: {@code marque scan} itself, the command-line jar
 * this build made ({@code cli/target/marque.jar}), run as its own process, with its own Jackson,
 * exactly as a user runs it.
 */
final class MarqueScanReference {
  private MarqueScanReference() {}

  static final Path ROOT = Path.of(System.getProperty("marque.root", "..")).toAbsolutePath()
      .normalize();
  static final Path SAMPLES = ROOT.resolve("samples/data");
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** What marque scan printed: its output lines, its summary (stderr) and its exit code. */
  record Result(List<String> lines, String summary, int exitCode) {}

  /** Runs {@code marque scan --portfolio P --listings L --out tmp [--rates R]}. */
  static Result scan(Path portfolio, Path listings, Path rates, Path dir) {
    return scan(portfolio, listings, rates, dir, List.of());
  }

  /** Runs {@code marque scan --portfolio P --listings L --out tmp [--rates R] OPTIONS...}. */
  static Result scan(Path portfolio, Path listings, Path rates, Path dir, List<String> options) {
    Path out = dir.resolve("marque-scan-" + System.nanoTime() + ".jsonl");
    List<String> args = new ArrayList<>(List.of("scan", "--portfolio", portfolio.toString(),
        "--listings", listings.toString(), "--out", out.toString(), "--threads", "2"));
    if (rates != null) {
      args.addAll(List.of("--rates", rates.toString()));
    }
    args.addAll(options);
    Result run = run(args, dir);
    return new Result(read(out), run.summary(), run.exitCode());
  }

  /**
   * Runs {@code marque ARGS...}: its stderr is the result's summary; its lines are empty (they
   * are in the file {@code --out} names, if any).
   */
  static Result run(List<String> args, Path dir) {
    Path jar = ROOT.resolve("cli/target/marque.jar");
    assertThat(jar).as("marque scan's jar; build with mvn -pl spark -am verify").exists();
    Path err = dir.resolve("marque-scan-" + System.nanoTime() + ".err");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("marque scan finished").isTrue();
      return new Result(List.of(), Files.readString(err, StandardCharsets.UTF_8), p.exitValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A scan output line as a tree to compare by value: numbers by their value (a Spark decimal
   * writes {@code 25.000000000000} where marque scan writes {@code 25.00}), absent and null the
   * same (Spark leaves null columns out), and the row's {@code line} column left out on a
   * finding (marque scan writes it on error lines only).
   */
  static JsonNode canonical(String line) {
    try {
      JsonNode tree = canonical(MAPPER.readTree(line));
      if (tree instanceof ObjectNode o && !o.has("error")) {
        o.remove("line");
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode canonical(JsonNode node) {
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!e.getValue().isNull()) {
          copy.set(e.getKey(), canonical(e.getValue()));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> copy.add(canonical(n)));
      return copy;
    }
    return node;
  }

  /** The summary lines after the first (which holds the time and the rate). */
  static List<String> countsOf(String summary) {
    List<String> lines = new ArrayList<>(summary.lines().toList());
    lines.removeIf(l -> !l.startsWith("  ") || l.startsWith("  findings written to"));
    return lines;
  }
}
