package dev.ingest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface (the front door for embedders, the SPI for connector authors) is {@code api/public-api.txt},
 * one line per public type and member: a change to it is a change to that file, made on purpose and reviewed, and no
 * public signature names an internal type.
 */
class PublicApiTest {

    static final List<String> PUBLIC_PACKAGES =
            List.of("dev.ingest.core", "dev.ingest.core.spi", "dev.ingest.core.spi.seed");
    private static final Path RECORDED = Path.of("api/public-api.txt");

    @Test
    void thePublicSurfaceIsTheRecordedOne() throws IOException {
        List<String> actual = surface();
        Path written = Path.of("target/public-api.txt");
        Files.write(written, actual, StandardCharsets.UTF_8);
        assertThat(actual)
                .as("the public API changed: if on purpose, copy %s over %s", written, RECORDED)
                .containsExactlyElementsOf(Files.readAllLines(RECORDED, StandardCharsets.UTF_8));
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        assertThat(surface()).noneMatch(line -> line.contains(".internal."));
    }

    static List<String> surface() {
        TreeSet<String> lines = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            lines.add(type.toGenericString());
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (exposed(constructor.getModifiers()) && !constructor.isSynthetic()) {
                    lines.add(constructor.toGenericString());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (exposed(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                    lines.add(method.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (exposed(field.getModifiers()) && !field.isSynthetic()) {
                    lines.add(field.toGenericString());
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The public types, nested ones included, of the public packages, read from the compiled classes. */
    private static List<Class<?>> publicTypes() {
        Path classes;
        try {
            classes = Path.of(Ingest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PUBLIC_PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(pkg + "." + name);
                    if (isPublicAllTheWay(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                        types.add(type);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
