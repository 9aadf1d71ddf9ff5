package org.credence.spark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a run: the master and settings asked for, and what executors need to run the engine. */
final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * The settings of a run: spark-submit's (system properties), then the master asked for (else spark-submit's,
     * else {@link ScoreCommand#DEFAULT_MASTER}), then {@code --conf}. Embedded (local) runs bind to the loopback
     * address only and no run starts the web UI unless asked to. Off the driver's JVM, executors are sent the jars
     * credence-spark runs on (its jar and those its manifest names), unless a cluster already has them.
     */
    static SparkConf conf(ScoreRequest request) {
        SparkConf conf = new SparkConf(true).setAppName("credence-spark score");
        if (request.master() != null) {
            conf.setMaster(request.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(ScoreCommand.DEFAULT_MASTER);
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        request.conf().forEach(conf::set);
        if (!conf.get("spark.master").startsWith("local")) {
            List<String> jars = new ArrayList<>(List.of(conf.get("spark.jars", "").split(",")));
            jars.removeIf(String::isBlank);
            Set<String> all = new LinkedHashSet<>(jars);
            ownJars().forEach(p -> all.add(p.toUri().toString()));
            if (!all.isEmpty()) {
                conf.set("spark.jars", String.join(",", all));
            }
        }
        return conf;
    }

    static SparkSession start(SparkConf conf) {
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /**
     * The credence-spark jar and the jars its manifest's Class-Path names (the engine and its libraries, not Spark,
     * which the cluster has); none when running from a classes folder (tests, where the workers share the class path).
     */
    static List<Path> ownJars() {
        Path own;
        try {
            own = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return List.of();
        }
        if (!Files.isRegularFile(own)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>(List.of(own));
        try (JarFile jar = new JarFile(own.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String entry : classPath.trim().split("\\s+")) {
                    Path p = own.getParent().resolve(entry).normalize();
                    if (Files.isRegularFile(p)) {
                        out.add(p);
                    }
                }
            }
        } catch (IOException e) {
            // without its manifest the jar still runs where the cluster has the engine on its class path
        }
        return out;
    }
}
