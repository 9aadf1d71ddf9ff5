package org.credence.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.credence.engine.export.CsvExporter;
import org.credence.engine.export.JsonReportExporter;
import org.credence.engine.io.ReadResult;
import org.credence.engine.pipeline.Engine;
import org.credence.engine.pipeline.EngineOptions;
import org.credence.engine.progress.ProgressListener;
import org.credence.engine.report.Report;
import org.credence.engine.scoring.WeightsProfile;

/**
 * What the Spark tests share: the bundled example story, articles of our own, a plugins folder of the bundled rule
 * plugins as this build made them, and the single-machine runs the Spark run must equal byte for byte.
 */
final class TestCorpus {

    /** A rule budget no rule reaches on a loaded machine, so a slow moment never turns a finding into a failure. */
    static final Duration BUDGET = Duration.ofSeconds(60);

    private TestCorpus() {
    }

    /** examples/copper-belt: a report, a copy of it, a second report of the same event. */
    static Path exampleStory() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path story = p.resolve("examples").resolve("copper-belt");
            if (Files.isDirectory(story)) {
                return story;
            }
        }
        throw new IllegalStateException("no examples/copper-belt above " + Path.of("").toAbsolutePath());
    }

    /**
     * The bundled rule plugins as jars in a new folder: copied where the class path has their jars, packed from
     * their classes folders where it has those (a build that has not packaged them yet).
     */
    static Path plugins(Path into) throws IOException {
        Files.createDirectories(into);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            Properties plugin = pluginProperties(p);
            if (plugin == null) {
                continue;
            }
            Path jar = into.resolve(plugin.getProperty("plugin.id") + ".jar");
            if (Files.isRegularFile(p)) {
                Files.copy(p, jar);
            } else {
                pack(p, jar);
            }
        }
        try (Stream<Path> jars = Files.list(into)) {
            if (jars.count() != 8) {
                throw new IllegalStateException("expected the 8 bundled rule plugins on the class path");
            }
        }
        return into;
    }

    private static Properties pluginProperties(Path entry) throws IOException {
        Properties props = new Properties();
        if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("plugin.properties"))) {
            try (InputStream in = Files.newInputStream(entry.resolve("plugin.properties"))) {
                props.load(in);
            }
            return props;
        }
        if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                ZipEntry e = jar.getEntry("plugin.properties");
                if (e == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(e)) {
                    props.load(in);
                }
                return props.getProperty("plugin.id") == null ? null : props;
            }
        }
        return null;
    }

    private static void pack(Path classes, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
    }

    /** Writes articles as text files (headline, blank line, body) into a new folder. */
    static Path write(Path folder, String[][] articles) throws IOException {
        Files.createDirectories(folder);
        for (String[] a : articles) {
            Files.writeString(folder.resolve(a[0]), a[1] + "\n\n" + a[2] + "\n", StandardCharsets.UTF_8);
        }
        return folder;
    }

    static Engine engine(Path plugins) {
        return Engine.open(new EngineOptions(plugins, List.of(), null, 2, BUDGET, List.of()));
    }

    /** The single-machine run's CSV text: {@link Engine#score} and {@link CsvExporter}, the whole run in one heap. */
    static String wholeRun(Engine engine, List<Path> inputs) throws Exception {
        ReadResult read = engine.read(inputs);
        Report report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
        StringBuilder csv = new StringBuilder("\uFEFF");
        new CsvExporter().write(report, csv, List.of());
        return csv.toString();
    }

    /** The single-machine run's JSON report: {@link Engine#score} and {@link JsonReportExporter}, in one heap. */
    static String wholeRunJson(Engine engine, List<Path> inputs, Path work) throws Exception {
        ReadResult read = engine.read(inputs);
        Report report = engine.score(read.articles(), read.problems(), WeightsProfile.defaults(), ProgressListener.NONE);
        Path json = Files.createTempFile(work, "whole-", ".json");
        new JsonReportExporter().write(report, json);
        return Files.readString(json, StandardCharsets.UTF_8);
    }

    /** The bounded single-machine run's CSV text ({@link Engine#scoreBounded}), as `credence score` writes it. */
    static String boundedRun(Engine engine, List<Path> inputs, int window, Path work) throws Exception {
        Path csv = work.resolve("bounded-" + window + ".csv");
        engine.scoreBounded(inputs, window, WeightsProfile.defaults(), csv, null, work.resolve("spill-" + window),
                ProgressListener.NONE, report -> { });
        return Files.readString(csv, StandardCharsets.UTF_8);
    }

    /** Articles of our own on events of our own, with copies, figures, sources and hedges for the rules to judge. */
    static final String[][] OWN = {
        {"dam-1.txt", "Floodgates Opened at Tarrow Dam",
            "Engineers opened the floodgates of the Tarrow dam on Monday after heavy rain, and 320 homes downstream "
                + "were evacuated, the regional water board said.\n\nBoard spokeswoman Mira Okafor said the level "
                + "had risen by four metres in two days. Residents reportedly waited hours for buses."},
        {"dam-2.txt", "Tarrow Dam Floodgates Opened After Rain",
            "Engineers opened the floodgates of the Tarrow dam on Monday after heavy rain, and 450 homes downstream "
                + "were evacuated, the regional water board said.\n\nBoard spokeswoman Mira Okafor said the level "
                + "had risen by four metres in two days. Residents reportedly waited hours for buses."},
        {"dam-3.txt", "Evacuations Below Tarrow Dam",
            "Hundreds of families left their homes below the Tarrow dam on Monday. An official who asked not to be "
                + "named said 320 homes had been cleared and that the dam was allegedly poorly maintained.\n\n"
                + "The water board denied that maintenance had been skipped."},
        {"strike-1.txt", "Bus Drivers Strike in Lenholm",
            "Bus drivers in Lenholm walked out on Thursday over pay, the transport union said, and 60 percent of "
                + "routes were cancelled.\n\nActivists claimed that 2,000 commuters were stranded, a figure the city "
                + "could not confirm."},
        {"garden.txt", "Planting Bulbs in Autumn",
            "Plant tulip bulbs six weeks before the first frost, pointed end up.\n\nWater them once and leave them "
                + "until spring."},
    };
}
