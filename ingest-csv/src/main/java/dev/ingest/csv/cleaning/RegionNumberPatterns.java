package dev.ingest.csv.cleaning;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.RunAutomaton;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a national number is valid in one region, decided as libphonenumber's {@code isValidNumberForRegion}
 * decides it: it has one of the region's possible lengths and matches its general pattern, and it has a possible
 * length and matches the pattern of one number type. The library runs up to ten regular expressions a number (the
 * North American ones list every area code and exchange: most of a CSV import's cleaning, and its costliest code to
 * compile); here the region's patterns are joined once into one deterministic automaton, which decides a number in
 * one table lookup a digit.
 */
final class RegionNumberPatterns {

    /**
     * What libphonenumber's patterns use and the translation below understands: digits, {@code \d}, character
     * classes, {@code (?:} groups, alternatives, {@code ?} and counts. A region whose patterns use more is declined.
     */
    /** The most digits a national number has (libphonenumber's bound). */
    private static final int MAX_DIGITS = 17;

    private static final Pattern TRANSLATABLE = Pattern.compile("(?:[0-9\\[\\]\\-|?{},)]|\\(\\?:|\\\\d)*");

    /**
     * The automaton's steps on digits, {@code next[state * 10 + digit]}, -1 for none: a plain table walk, which even the
     * JIT's first tier compiles to a few instructions a digit (the library's own step searches its character classes).
     */
    private final int[] next;

    private final boolean[] accepts;
    private final int initial;
    /** By count of digits, whether {@link #noNumberHasDigits} holds. */
    private final boolean[] impossibleLengths;

    private RegionNumberPatterns(RunAutomaton automaton, boolean[] impossibleLengths) {
        this.impossibleLengths = impossibleLengths;
        this.next = new int[automaton.getSize() * 10];
        this.accepts = new boolean[automaton.getSize()];
        for (int state = 0; state < automaton.getSize(); state++) {
            accepts[state] = automaton.isAccept(state);
            for (int digit = 0; digit < 10; digit++) {
                next[state * 10 + digit] = automaton.step(state, (char) ('0' + digit));
            }
        }
        this.initial = automaton.getInitialState();
    }

    /**
     * The region's patterns as one automaton, or null when one of them uses syntax this does not translate (none does
     * in the North American regions), so the caller asks libphonenumber instead.
     *
     * @throws IllegalArgumentException for a region libphonenumber has no metadata for
     */
    static RegionNumberPatterns of(String region) {
        PhoneMetadata metadata = metadata(region);
        List<PhoneNumberDesc> types = List.of(
                metadata.getFixedLine(),
                metadata.getMobile(),
                metadata.getTollFree(),
                metadata.getPremiumRate(),
                metadata.getSharedCost(),
                metadata.getVoip(),
                metadata.getPersonalNumber(),
                metadata.getPager(),
                metadata.getUan(),
                metadata.getVoicemail());
        if (!translatable(metadata.getGeneralDesc()) || !types.stream().allMatch(RegionNumberPatterns::translatable)) {
            return null;
        }
        Automaton anyType = Automaton.makeEmpty();
        for (PhoneNumberDesc type : types) {
            anyType = anyType.union(automaton(type));
        }
        Automaton valid = automaton(metadata.getGeneralDesc()).intersection(anyType);
        valid.determinize();
        return new RegionNumberPatterns(new RunAutomaton(valid, false), impossibleLengths(metadata));
    }

    private static boolean[] impossibleLengths(PhoneMetadata region) {
        boolean[] impossible = new boolean[MAX_DIGITS + 1];
        if (region.hasNationalPrefixTransformRule()) {
            return impossible;
        }
        Arrays.fill(impossible, true);
        for (String other : PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(region.getCountryCode())) {
            List<Integer> lengths = metadata(other).getGeneralDesc().getPossibleLengthList();
            if (lengths.isEmpty()) {
                return new boolean[0];
            }
            for (int length : lengths) {
                for (int digits = length; digits <= Math.min(length + 1, MAX_DIGITS); digits++) {
                    impossible[digits] = false;
                }
            }
        }
        return impossible;
    }

    private static PhoneMetadata metadata(String region) {
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (metadata == null) {
            throw new IllegalArgumentException("no phone number metadata for region " + region);
        }
        return metadata;
    }

    private static boolean translatable(PhoneNumberDesc desc) {
        return translatable(desc.getNationalNumberPattern());
    }

    static boolean translatable(String pattern) {
        return TRANSLATABLE.matcher(pattern).matches();
    }

    /** The numbers of one description: its pattern's (none when it has none) of one of its lengths (any when none given). */
    private static Automaton automaton(PhoneNumberDesc desc) {
        String pattern = desc.getNationalNumberPattern();
        if (pattern.isEmpty()) {
            return Automaton.makeEmpty();
        }
        Automaton numbers =
                new RegExp(pattern.replace("(?:", "(").replace("\\d", "[0-9]"), RegExp.NONE).toAutomaton(false);
        if (desc.getPossibleLengthCount() == 0) {
            return numbers;
        }
        Automaton lengths = Automaton.makeEmpty();
        for (int length : desc.getPossibleLengthList()) {
            lengths = lengths.union(BasicAutomata.makeCharRange('0', '9').repeat(length, length));
        }
        return numbers.intersection(lengths);
    }

    /**
     * Whether no number written with {@code digits} digits, without a country code, can be valid: the region does not
     * turn local numbers into national ones (Antigua's 7-digit numbers gain their area code 268), and no region of
     * its country code has a number of that many digits, nor of one less (a leading national prefix 1 dropped).
     * Canada's 7-digit 310 numbers make 7 and 8 digits possible in every North American region.
     */
    boolean noNumberHasDigits(int digits) {
        return digits < impossibleLengths.length && impossibleLengths[digits];
    }

    /** Whether {@code nationalNumber} (digits only, without the country code) is a valid number of the region. */
    boolean valid(String nationalNumber) {
        int state = initial;
        for (int i = 0; i < nationalNumber.length() && state >= 0; i++) {
            int digit = nationalNumber.charAt(i) - '0';
            state = digit >= 0 && digit <= 9 ? next[state * 10 + digit] : -1;
        }
        return state >= 0 && accepts[state];
    }
}
