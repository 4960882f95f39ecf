package dev.ingest.core.spi.seed;

import java.text.Normalizer;
import java.util.Locale;

/** The word lists behind {@link SampleValues}, each word with its ASCII slug precomputed for emails and domains. */
final class SampleNames {

    /** A display word and its lower-case ASCII form without marks, spaces or punctuation. */
    record Word(String text, String slug) {
        static Word of(String text) {
            String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]", "");
            if (slug.isEmpty()) {
                throw new IllegalArgumentException("no ASCII letters in " + text);
            }
            return new Word(text, slug);
        }
    }

    record City(String name, String state, String areaCode) {}

    record Trade(Word noun, String industry) {}

    static final Word[] FIRST_NAMES = words(
            "José",
            "Zoë",
            "Renée",
            "François",
            "Chloé",
            "Joël",
            "Mónica",
            "Inés",
            "Björn",
            "Anaïs",
            "Léa",
            "Émile",
            "Raúl",
            "Begoña",
            "Iñaki",
            "Jürgen",
            "Siobhán",
            "Seán",
            "D'Andre",
            "Mary-Kate",
            "Nuala",
            "Dmitri",
            "Liam",
            "Olivia",
            "Noah",
            "Emma",
            "James",
            "Sophia",
            "Mateo",
            "Aaliyah",
            "Jamal",
            "Priya",
            "Wei",
            "Hiroshi",
            "Fatima",
            "Mohammed",
            "Michael",
            "Jennifer",
            "David",
            "Sarah",
            "Robert",
            "Jessica",
            "William",
            "Ashley",
            "Christopher",
            "Amanda",
            "Daniel",
            "Emily",
            "Matthew",
            "Elizabeth",
            "Anthony",
            "Megan",
            "Kevin",
            "Lauren",
            "Brian",
            "Rachel",
            "Tyler",
            "Samantha",
            "Jordan",
            "Taylor",
            "Carlos",
            "María",
            "Luis",
            "Ana",
            "Jorge",
            "Lucía",
            "Ethan",
            "Ava",
            "Mason",
            "Isabella",
            "Logan",
            "Mia",
            "Lucas",
            "Harper",
            "Elijah",
            "Evelyn");

    static final Word[] LAST_NAMES = words(
            "O'Brien",
            "O'Connor",
            "D'Angelo",
            "Nuñez",
            "Lefèvre",
            "Müller",
            "García",
            "Martínez",
            "Hernández",
            "López",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Gómez",
            "Jiménez",
            "Peña",
            "Ibáñez",
            "Schröder",
            "Dubois",
            "Côté",
            "Gagné",
            "Bélanger",
            "McDonald",
            "MacLeod",
            "St. John",
            "van der Berg",
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Thomas",
            "Taylor",
            "Moore",
            "Jackson",
            "Martin",
            "Lee",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "Young",
            "Allen",
            "King",
            "Wright",
            "Scott",
            "Nguyen",
            "Kim",
            "Patel",
            "Chen",
            "Wang",
            "Singh",
            "Cohen",
            "Rivera",
            "Torres",
            "Flores",
            "Reyes",
            "Cruz",
            "Morales",
            "Ortiz",
            "Gutiérrez",
            "Chávez",
            "Ruiz",
            "Díaz");

    static final City[] CITIES = {
        new City("New York", "NY", "212"), new City("Los Angeles", "CA", "213"), new City("Chicago", "IL", "312"),
        new City("Houston", "TX", "713"), new City("Phoenix", "AZ", "602"), new City("Philadelphia", "PA", "215"),
        new City("San Antonio", "TX", "210"), new City("San Diego", "CA", "619"), new City("Dallas", "TX", "214"),
        new City("San Jose", "CA", "408"), new City("Austin", "TX", "512"), new City("Jacksonville", "FL", "904"),
        new City("Columbus", "OH", "614"), new City("Charlotte", "NC", "704"), new City("Indianapolis", "IN", "317"),
        new City("Seattle", "WA", "206"), new City("Denver", "CO", "303"), new City("Boston", "MA", "617"),
        new City("Nashville", "TN", "615"), new City("Portland", "OR", "503"), new City("Las Vegas", "NV", "702"),
        new City("Atlanta", "GA", "404"), new City("Miami", "FL", "305"), new City("Minneapolis", "MN", "612"),
        new City("New Orleans", "LA", "504"), new City("Salt Lake City", "UT", "801"),
                new City("Kansas City", "MO", "816"),
        new City("Raleigh", "NC", "919"), new City("Coeur d'Alene", "ID", "208"), new City("Española", "NM", "505"),
        new City("Cañon City", "CO", "719"), new City("Tampa", "FL", "813"), new City("Pittsburgh", "PA", "412"),
        new City("St. Louis", "MO", "314"), new City("Detroit", "MI", "313"), new City("Honolulu", "HI", "808"),
        new City("Anchorage", "AK", "907"), new City("Boise", "ID", "208"), new City("Omaha", "NE", "402"),
        new City("Albuquerque", "NM", "505")
    };

    static final String[] MAIL_DOMAINS = {
        "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me", "comcast.net"
    };

    /** First words of company names; surnames make family businesses ("O'Brien Roofing"). */
    static final Word[] COMPANY_PREFIXES = words(
            "Summit",
            "Blue Ridge",
            "Evergreen",
            "Pinnacle",
            "Redwood",
            "Lakeside",
            "Ironclad",
            "Silverline",
            "Northstar",
            "Brightpath",
            "Cedar",
            "Harbor",
            "Granite",
            "Prairie",
            "Keystone",
            "Sunbelt",
            "Golden Gate",
            "Riverbend",
            "Bluebonnet",
            "Magnolia",
            "Cascade",
            "Frontier",
            "Liberty",
            "Heritage",
            "Coastal",
            "O'Brien",
            "Nuñez",
            "Lefèvre",
            "Côté",
            "García",
            "Müller",
            "Patel",
            "Nguyen",
            "McDonald",
            "Peña");

    static final Trade[] TRADES = {
        new Trade(Word.of("Roofing"), "Construction"), new Trade(Word.of("Solar"), "Energy"),
        new Trade(Word.of("Plumbing"), "Home Services"), new Trade(Word.of("HVAC"), "Home Services"),
        new Trade(Word.of("Dental"), "Healthcare"), new Trade(Word.of("Analytics"), "Software"),
        new Trade(Word.of("Logistics"), "Transportation"), new Trade(Word.of("Bakery"), "Food & Beverage"),
        new Trade(Word.of("Realty"), "Real Estate"), new Trade(Word.of("Insurance"), "Insurance"),
        new Trade(Word.of("Law Group"), "Legal"), new Trade(Word.of("Landscaping"), "Home Services"),
        new Trade(Word.of("Marketing"), "Marketing"), new Trade(Word.of("Labs"), "Biotech"),
        new Trade(Word.of("Consulting"), "Professional Services"), new Trade(Word.of("Pest Control"), "Home Services"),
        new Trade(Word.of("Auto Repair"), "Automotive"), new Trade(Word.of("Fitness"), "Health & Wellness"),
        new Trade(Word.of("Café"), "Food & Beverage"), new Trade(Word.of("Software"), "Software")
    };

    static final String[] COMPANY_SUFFIXES = {"", " Inc.", " LLC", " & Co.", " Group", " Partners", " & Sons", " Corp."
    };

    static final String[] LIFECYCLE_STAGES = {
        "subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist"
    };

    static final String[] DEAL_STAGES = {
        "appointmentscheduled",
        "qualifiedtobuy",
        "presentationscheduled",
        "decisionmakerboughtin",
        "contractsent",
        "closedwon",
        "closedlost"
    };

    static final String[] DEAL_KINDS = {
        "Roof replacement",
        "Solar install",
        "Annual contract",
        "Pilot",
        "Renewal",
        "Expansion",
        "Service plan",
        "Onboarding package",
        "Upgrade"
    };

    private SampleNames() {}

    private static Word[] words(String... texts) {
        Word[] words = new Word[texts.length];
        for (int i = 0; i < texts.length; i++) {
            words[i] = Word.of(texts[i]);
        }
        return words;
    }
}
