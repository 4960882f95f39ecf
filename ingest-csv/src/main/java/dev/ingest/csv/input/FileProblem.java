package dev.ingest.csv.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file cannot be read, in the words of a one-line error: {@code no such file}, {@code permission denied}. */
public final class FileProblem {

    private FileProblem() {}

    /** Why {@code path} cannot be read as a file, or {@code null} when it can. */
    public static String of(Path path) {
        if (Files.notExists(path)) {
            return "no such file";
        }
        if (!Files.exists(path)) {
            // Neither there nor not: a folder on its way cannot be searched.
            return "permission denied";
        }
        if (Files.isDirectory(path)) {
            return "it is a directory";
        }
        if (!Files.isRegularFile(path)) {
            return "it is not a regular file";
        }
        return Files.isReadable(path) ? null : "permission denied";
    }

    /** The reason of a failed read, without the path {@link FileSystemException}'s message repeats. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
