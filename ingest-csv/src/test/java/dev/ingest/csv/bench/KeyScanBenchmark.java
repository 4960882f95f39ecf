package dev.ingest.csv.bench;

import dev.ingest.csv.cleaning.NumberCleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.processing.SupersededRows;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Times the repeated-key scan alone (the integer key in column 0, as the contacts profile's record ID), each pass's
 * wall and the process's CPU time during it; the first pass is the cold import's case. Usage:
 * {@code KeyScanBenchmark <file> [passes]}.
 */
public final class KeyScanBenchmark {

    private KeyScanBenchmark() {}

    public static void main(String[] args) {
        CsvFile file = CsvFile.open(Path.of(args[0]), null, null);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            SupersededRows rows = SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners.INTEGER});
            long wall = System.nanoTime() - started;
            cpu = os.getProcessCpuTime() - cpu;
            System.out.printf(
                    "pass %d: wall %d ms, process CPU %d ms, superseded %s%n",
                    pass, wall / 1_000_000, cpu / 1_000_000, rows.count());
        }
    }
}
