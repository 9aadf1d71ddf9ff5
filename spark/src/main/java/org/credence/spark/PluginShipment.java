package org.credence.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * Ships a plugins folder (plugin jars, rule packs, {@code disabled.txt}) to every executor: zipped on the driver and
 * added as a Spark file, which Spark serves from the driver to each executor, so executors on other machines need
 * no shared disk. Each engine unpacks its own copy ({@link #unpack}): Spark's own archive unpacking
 * ({@code addArchive}) let a task of an embedded run open a plugin jar that was not there yet.
 */
final class PluginShipment {

    /** The archive's name, by which executors find it ({@code SparkFiles.get}). */
    static final String ARCHIVE = "credence-plugins.zip";

    private PluginShipment() {
    }

    /**
     * Zips the folder into {@code workDir} and adds it to the Spark context.
     *
     * @return the name executors find it under
     */
    static String ship(JavaSparkContext spark, Path plugins, Path workDir) throws IOException {
        Path zip = workDir.resolve(ARCHIVE);
        zip(plugins, zip);
        spark.addFile(zip.toUri().toString());
        return ARCHIVE;
    }

    /** Every file under the folder, hidden ones left out as the engine leaves them out, in path order. */
    static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !hidden(folder, p)).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                z.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
    }

    /** Unpacks an archive made by {@link #zip} into a new folder. */
    static Path unpack(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("an entry outside the folder: " + e.getName());
                }
                Files.createDirectories(target.getParent());
                Files.copy(z, target);
            }
        }
        return into;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
