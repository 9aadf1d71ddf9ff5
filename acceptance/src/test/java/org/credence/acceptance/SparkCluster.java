package org.credence.acceptance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone Spark cluster on this machine as a cluster without Credence is: Spark's {@code Master} and workers,
 * each a JVM of its own bound to 127.0.0.1 on free ports, on a class path of the Spark jars of credence-spark's
 * distribution alone (no credence jar, no engine library), so executors run Credence only with the jars the driver
 * sends them. Closing it stops the executors, the workers and the master, gently and then by force.
 */
final class SparkCluster implements AutoCloseable {

    /** Jars of credence-spark's lib/ that a Spark distribution does not have: Credence and the engine's libraries. */
    private static final Pattern NOT_SPARK = Pattern.compile("(credence-|pf4j|java-semver|opennlp|lucene|tribuo|olcut|"
            + "liblinear|jsoup|readability4j|kotlin|annotations-13|picocli).*\\.jar");
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final int port;

    private SparkCluster(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a master and {@code workers} workers of one core each, and waits until they have registered. */
    static SparkCluster start(Path dir, int workers) throws Exception {
        SparkCluster cluster = new SparkCluster(dir, freePort());
        try {
            cluster.startAll(workers);
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    /** @return the master's URL */
    String master() {
        return "spark://127.0.0.1:" + port;
    }

    /** @return how many workers' folders hold an application: the workers that started executors for a run */
    long workersThatRanExecutors(int workers) throws IOException {
        long n = 0;
        for (int w = 1; w <= workers; w++) {
            try (var apps = Files.list(dir.resolve("work-" + w))) {
                n += apps.findAny().isPresent() ? 1 : 0;
            }
        }
        return n;
    }

    private void startAll(int workers) throws Exception {
        List<String> jars = new ArrayList<>();
        try (var lib = Files.list(Distribution.SPARK_HOME.resolve("lib"))) {
            lib.filter(p -> !NOT_SPARK.matcher(p.getFileName().toString()).matches()).sorted()
                    .forEach(p -> jars.add(p.toString()));
        }
        String classPath = String.join(java.io.File.pathSeparator, jars);
        // a released Spark layout (RELEASE, jars/) whose executors take their class path from SPARK_DIST_CLASSPATH
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark for the acceptance tests\n");
        int webUi = freePort();
        start("master", home, classPath, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(webUi));
        for (int w = 1; w <= workers; w++) {
            start("worker-" + w, home, classPath, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                    "--cores", "1", "--memory", "1536m",
                    "--work-dir", Files.createDirectories(dir.resolve("work-" + w)).toString(), master());
        }
        awaitWorkers(webUi, workers);
    }

    private void start(String name, Path home, String classPath, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(launcherJavaOptions());
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_DIST_CLASSPATH", classPath);
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        processes.add(pb.start());
    }

    /** The JVM options the credence-spark launcher starts Java with (what Spark needs on Java 17). */
    private static List<String> launcherJavaOptions() throws IOException {
        for (String line : Files.readAllLines(Distribution.SPARK_HOME.resolve("credence-spark"))) {
            if (line.startsWith("exec \"$java\" ")) {
                return List.of(line.substring("exec \"$java\" ".length(), line.indexOf("${CREDENCE_SPARK_OPTS"))
                        .trim().split("\\s+"));
            }
        }
        throw new IllegalStateException("no exec line in the credence-spark launcher");
    }

    private void awaitWorkers(int webUi, int wanted) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new AssertionError("a cluster process ended early" + logs());
                }
            }
            try {
                Matcher m = ALIVE_WORKERS.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                if (m.find() && Integer.parseInt(m.group(1)) >= wanted) {
                    return;
                }
            } catch (IOException e) {
                // the master's web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the workers did not register with the master in 60 s" + logs());
    }

    /** The last lines of each process's log, for a failure's message. */
    String logs() {
        StringBuilder out = new StringBuilder();
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                out.append("\n--- ").append(log.getFileName()).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
        } catch (IOException e) {
            out.append("\n(logs unreadable: ").append(e.getMessage()).append(')');
        }
        return out.toString();
    }

    @Override
    public void close() throws InterruptedException {
        List<Process> newestFirst = new ArrayList<>(processes);
        Collections.reverse(newestFirst);
        for (Process p : newestFirst) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : newestFirst) {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        processes.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
