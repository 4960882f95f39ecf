package dev.ingest.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Stands in for {@code System.err} while a progress line is drawn, so that a logger's line is printed above the
 * progress line rather than into it. Bytes wait until their line is complete.
 */
final class LinesAbove extends OutputStream {

    private final ProgressLine progress;
    private final Charset charset;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LinesAbove(ProgressLine progress, Charset charset) {
        this.progress = progress;
        this.charset = charset;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String line = pending.toString(charset);
            pending.reset();
            progress.printAbove(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        } else {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** A line left unfinished is printed whole, so nothing a logger wrote is lost. */
    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            write('\n');
        }
    }
}
