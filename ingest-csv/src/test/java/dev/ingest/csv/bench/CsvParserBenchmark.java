package dev.ingest.csv.bench;

import dev.ingest.csv.cleaning.NumberCleaners;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.input.CsvParser;
import dev.ingest.csv.input.CsvRecord;
import dev.ingest.csv.processing.SupersededRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the two passes an import makes over a CSV file without a warehouse: the parse alone, and the
 * repeated-key scan (parse, clean the key in column 0, hash table). Best of a few passes, a rough
 * figure on a shared machine. Usage: {@code CsvParserBenchmark <file> [passes]}.
 */
public final class CsvParserBenchmark {

    private CsvParserBenchmark() {}

    public static void main(String[] args) throws IOException {
        CsvFile file = CsvFile.open(Path.of(args[0]), null, null);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long bestParse = Long.MAX_VALUE;
        long bestScan = Long.MAX_VALUE;
        long records = 0;
        for (int pass = 0; pass < passes; pass++) {
            long started = System.nanoTime();
            records = parse(file);
            bestParse = Math.min(bestParse, System.nanoTime() - started);
            started = System.nanoTime();
            SupersededRows.scan(file, new int[] {0}, new ValueCleaner[] {NumberCleaners.INTEGER});
            bestScan = Math.min(bestScan, System.nanoTime() - started);
        }
        System.out.printf(
                "records: %d, best of %d: parse %d ms, repeated-key scan %d ms%n",
                records, passes, bestParse / 1_000_000, bestScan / 1_000_000);
    }

    /** Parses the file, touching every field so none of the work can be skipped. */
    private static long parse(CsvFile file) throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvParser parser = file.parser(new AtomicLong())) {
            CsvRecord record;
            while ((record = parser.next()) != null) {
                records++;
                for (String field : record.fields()) {
                    chars += field.length() + 1;
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing parsed");
        }
        return records;
    }
}
