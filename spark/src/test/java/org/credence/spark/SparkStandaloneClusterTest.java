package org.credence.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.credence.engine.pipeline.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * credence-spark against a real standalone cluster on this machine: Spark's own {@code Master} and two
 * {@code Worker}s, each a separate JVM bound to 127.0.0.1 on free ports, the workers starting executor JVMs of their
 * own. The run scores the example story and three dozen articles of our own in parts, with the plugins shipped to
 * the executors, and writes the single-machine run's CSV byte for byte. The processes are stopped whatever happens.
 * Run by {@code ./mvnw verify} (and so by .ci/run); about a minute.
 */
class SparkStandaloneClusterTest {

    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void aMasterAndTwoWorkersWriteTheCsvOfTheSingleMachineRun() throws Exception {
        Path plugins = TestCorpus.plugins(dir.resolve("plugins"));
        Path own = TestCorpus.write(dir.resolve("own"), articles());
        List<Path> inputs = List.of(TestCorpus.exampleStory(), own);
        try {
            int port = freePort();
            int webUi = freePort();
            Path home = sparkHome();
            start("master", home, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(webUi));
            for (int w = 1; w <= 2; w++) {
                start("worker-" + w, home, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--port", Integer.toString(freePort()),
                        "--webui-port", Integer.toString(freePort()), "--cores", "1", "--memory", "1536m",
                        "--work-dir", Files.createDirectories(dir.resolve("work-" + w)).toString(),
                        "spark://127.0.0.1:" + port);
            }
            awaitWorkers(webUi, 2);

            String single;
            try (Engine engine = TestCorpus.engine(plugins)) {
                single = TestCorpus.wholeRun(engine, inputs);
            }

            Path csv = dir.resolve("cluster.csv");
            SparkLocalScoringTest.Run run = SparkLocalScoringTest.credenceSpark("score", inputs.get(0).toString(),
                    inputs.get(1).toString(), "--csv", csv.toString(), "--master", "spark://127.0.0.1:" + port,
                    "--plugins", plugins.toString(), "--window", "8",
                    "--rule-budget", Long.toString(TestCorpus.BUDGET.toMillis()),
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2");
            assertThat(run.exit()).as(run.err() + logs()).isZero();
            assertThat(run.out()).contains("39 articles").contains("on spark://127.0.0.1:" + port);
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(single);
            assertThat(executorsStarted()).as("executors started by both workers").isEqualTo(2);
        } finally {
            stopAll();
        }
    }

    /** Twelve events told three times each: a report, a copy with one figure changed, a hedged retelling. */
    private static String[][] articles() {
        String[] towns = {"Ardel", "Brisk", "Calloway", "Dunmore", "Essen Vale", "Fernhill", "Garrow", "Holt",
            "Ilsley", "Jarrow Bay", "Kestle", "Lumley"};
        String[] events = {"a bridge collapse", "a factory fire", "a flood", "a rail strike"};
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < towns.length; i++) {
            String town = towns[i];
            String event = events[i % events.length];
            int people = 120 + 37 * i;
            String report = String.format(Locale.ROOT, "Authorities in %s said on Friday that %d people were moved "
                    + "from their homes after %s, the district council said.%n%nCouncil leader Dana Whitlow said "
                    + "repairs would take at least %d weeks. Local radio reported that %d volunteers had joined the "
                    + "clean-up.", town, people, event, 2 + i % 5, 30 + i);
            out.add(new String[] {"event-" + i + "-report.txt", town + " Residents Moved After " + title(event),
                report});
            out.add(new String[] {"event-" + i + "-copy.txt", "Residents Moved in " + town,
                report.replace(Integer.toString(people), Integer.toString(people + 90))});
            out.add(new String[] {"event-" + i + "-retold.txt", "Questions in " + town + " After " + title(event),
                String.format(Locale.ROOT, "An official who asked not to be named said %d people had allegedly "
                        + "been moved in %s.%n%nActivists claimed that %d more were still waiting for help, but the "
                        + "council denied that anyone had been left behind.", people, town, 40 + i)});
        }
        return out.toArray(String[][]::new);
    }

    private static String title(String event) {
        String[] words = event.substring(2).split(" ");
        StringBuilder t = new StringBuilder();
        for (String w : words) {
            t.append(t.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return t.toString();
    }

    /**
     * A Spark home for the workers: a released layout (a RELEASE file, an empty jars/ folder), the executors' class
     * path given whole through SPARK_DIST_CLASSPATH; this test's class path, which has Spark, the engine and this module.
     */
    private Path sparkHome() throws IOException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark for SparkStandaloneClusterTest\n");
        return home;
    }

    private void start(String name, Path home, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(javaOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_DIST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        processes.add(pb.start());
    }

    /** The JVM options Spark needs on Java 17, as the build hands them to the tests. */
    private static List<String> javaOptions() {
        String options = System.getProperty("credence.spark.javaOptions", "");
        return Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private void awaitWorkers(int webUi, int wanted) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                assertThat(p.isAlive()).as("a cluster process ended early" + logs()).isTrue();
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

    private long executorsStarted() throws IOException {
        long n = 0;
        for (int w = 1; w <= 2; w++) {
            try (var apps = Files.list(dir.resolve("work-" + w))) {
                n += apps.findAny().isPresent() ? 1 : 0;
            }
        }
        return n;
    }

    /** The last lines of each process's log, for a failure's message. */
    private String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("master", "worker-1", "worker-2")) {
            Path log = dir.resolve(name + ".log");
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
                out.append("\n--- ").append(name).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            } catch (IOException e) {
                out.append("\n--- ").append(name).append(": ").append(e.getMessage());
            }
        }
        return out.toString();
    }

    /** Stops the workers' executors, then the workers and the master: gently, then by force. */
    private void stopAll() throws InterruptedException {
        for (Process p : reversed(processes)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        processes.clear();
    }

    private static List<Process> reversed(List<Process> list) {
        List<Process> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
