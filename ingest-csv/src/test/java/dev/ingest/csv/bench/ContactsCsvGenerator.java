package dev.ingest.csv.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a HubSpot-style contacts export for the import benchmark: 12 columns, about 150 bytes a row,
 * unique keys, and one row in 50 with exactly one bad value (email, phone, date, state or ZIP).
 * Usage: {@code ContactsCsvGenerator <file> [rows]}; prints the number of bad rows written.
 */
public final class ContactsCsvGenerator {

    static final String HEADER =
            "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,City,State/Region,Postal Code,Create Date,Lifecycle Stage";
    private static final String[] FIRST = {
        "Jennifer", "Michael", "Amélie", "José", "Sarah", "David", "Zoë", "Christopher", "María", "Robert"
    };
    private static final String[] LAST = {
        "Rodriguez",
        "Johnson",
        "O'Brien",
        "Nguyen",
        "Smith-Jones",
        "Williams",
        "Müller",
        "Garcia",
        "Anderson",
        "Thompson"
    };
    private static final String[] COMPANY = {
        "Acme Roofing & Siding LLC",
        "\"Lone Star Windows, Inc.\"",
        "Gulf Coast Solar",
        "Hill Country Baths",
        "Peachtree Home Services",
        "Bayou Gutter Pros"
    };
    private static final String[] TITLE = {
        "Senior Sales Manager", "Homeowner", "Operations Director", "Marketing Lead", "Owner"
    };
    private static final String[][] PLACE = {
        {"San Antonio", "TX", "78201"},
        {"Boston", "MA", "02134"},
        {"Miami", "FL", "33101"},
        {"Denver", "CO", "80202"},
        {"Austin", "TX", "78701-1234"},
        {"Newark", "NJ", "07102"}
    };
    private static final String[] AREA = {"512", "214", "713", "305", "415", "617", "303", "404"};
    private static final String[] STAGE = {"lead", "subscriber", "marketingqualifiedlead", "opportunity", "customer"};

    private ContactsCsvGenerator() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Random random = new Random(42);
        long bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (long id = 1; id <= rows; id++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String[] place = PLACE[random.nextInt(PLACE.length)];
                String email =
                        (first + "." + last + id + "@example.com").toLowerCase().replace("'", "");
                String phone = "(" + AREA[random.nextInt(AREA.length)] + ") " + (200 + random.nextInt(700)) + "-"
                        + String.format("%04d", random.nextInt(10000));
                int day = 1 + random.nextInt(28);
                int hour = random.nextInt(24);
                String created = random.nextBoolean()
                        ? String.format(
                                "2024-03-%02d %02d:%02d:%02d", day, hour, random.nextInt(60), random.nextInt(60))
                        : String.format(
                                "3/%d/2024 %d:%02d %s",
                                day, hour % 12 + 1, random.nextInt(60), hour < 12 ? "AM" : "PM");
                String state = place[1];
                String zip = place[2];
                if (id % 50 == 0) {
                    bad++;
                    switch ((int) (id / 50 % 5)) {
                        case 0 -> email = first.toLowerCase() + "@";
                        case 1 -> phone = "555-12";
                        case 2 -> created = "2024-13-45 10:00";
                        case 3 -> state = "XX";
                        default -> zip = "ABCDE";
                    }
                }
                out.write(id + "," + first + "," + last + "," + email + "," + phone + ","
                        + COMPANY[random.nextInt(COMPANY.length)] + ","
                        + TITLE[random.nextInt(TITLE.length)] + "," + place[0] + "," + state + "," + zip + "," + created
                        + ","
                        + STAGE[random.nextInt(STAGE.length)] + "\r\n");
            }
        }
        System.out.println(
                "wrote " + rows + " rows (" + bad + " with a bad value, " + Files.size(file) + " bytes) to " + file);
    }
}
