package org.credence.engine.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Values written to a local file by number and read back by number: what a bounded run keeps out of its heap
 * (articles as read, sentence features, CSV rows). Append-only; safe to share between threads. The file is deleted
 * on {@link #close}.
 */
final class Spill<T extends Serializable> implements AutoCloseable {

    private final Path file;
    private final Class<T> type;
    private final FileChannel channel;
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private long end;

    Spill(Path folder, String name, Class<T> type) throws IOException {
        Files.createDirectories(folder);
        this.file = Files.createTempFile(folder, "credence-" + name + "-", ".spill");
        this.type = type;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Arrays.fill(lengths, -1);
    }

    /** Keeps a value under a number; a number is written once. */
    void put(int key, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the spill file " + file, e);
        }
        byte[] data = bytes.toByteArray();
        long at;
        synchronized (this) {
            grow(key);
            if (lengths[key] >= 0) {
                throw new IllegalStateException("spill " + file + " holds " + key + " already");
            }
            at = end;
            end += data.length;
            offsets[key] = at;
            lengths[key] = data.length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            long position = at;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the spill file " + file, e);
        }
    }

    /** @return the value kept under a number */
    T get(int key) {
        long at;
        int length;
        synchronized (this) {
            if (key >= lengths.length || lengths[key] < 0) {
                throw new IllegalArgumentException("spill " + file + " holds nothing under " + key);
            }
            at = offsets[key];
            length = lengths[key];
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            long position = at;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException("the spill file ends early");
                }
                position += read;
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer.array()))) {
                return type.cast(in.readObject());
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the spill file " + file + ": " + e.getMessage(), e);
        }
    }

    private void grow(int key) {
        if (key >= lengths.length) {
            int size = Math.max(key + 1, lengths.length * 2);
            offsets = Arrays.copyOf(offsets, size);
            int old = lengths.length;
            lengths = Arrays.copyOf(lengths, size);
            Arrays.fill(lengths, old, size, -1);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
