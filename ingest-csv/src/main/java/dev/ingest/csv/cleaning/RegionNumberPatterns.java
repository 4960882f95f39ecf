package dev.ingest.csv.cleaning;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a national number is valid in one region, decided as libphonenumber's
 * {@code isValidNumberForRegion} decides it: it matches the region's general pattern and the pattern of
 * one number type. The library tries up to ten types, each through its shared regex cache; here the
 * patterns are compiled once and the likeliest types (fixed line, mobile) are tried first, which for a
 * North American number is most of a phone's cleaning cost saved.
 */
final class RegionNumberPatterns {

    /**
     * A number type's possible lengths (empty: any) and national number pattern (null: matches nothing), with a matcher
     * kept per thread: a new one per number was 15% of the bytes a CSV import allocated.
     */
    private record Desc(Set<Integer> lengths, Pattern pattern, ThreadLocal<Matcher> matcher) {

        static Desc of(PhoneNumberDesc desc) {
            String text = desc.getNationalNumberPattern();
            Pattern pattern = text.isEmpty() ? null : Pattern.compile(text);
            return new Desc(
                    Set.copyOf(desc.getPossibleLengthList()),
                    pattern,
                    pattern == null ? null : ThreadLocal.withInitial(() -> pattern.matcher("")));
        }

        boolean matches(String nationalNumber) {
            return pattern != null
                    && (lengths.isEmpty() || lengths.contains(nationalNumber.length()))
                    && matcher.get().reset(nationalNumber).matches();
        }
    }

    private final Desc general;
    private final List<Desc> types;

    private RegionNumberPatterns(Desc general, List<Desc> types) {
        this.general = general;
        this.types = types;
    }

    static RegionNumberPatterns of(String region) {
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource()
                .getMetadataForRegion(region);
        if (metadata == null) {
            throw new IllegalArgumentException("no phone number metadata for region " + region);
        }
        List<Desc> types = Stream.of(
                        metadata.getFixedLine(),
                        metadata.getMobile(),
                        metadata.getTollFree(),
                        metadata.getPremiumRate(),
                        metadata.getSharedCost(),
                        metadata.getVoip(),
                        metadata.getPersonalNumber(),
                        metadata.getPager(),
                        metadata.getUan(),
                        metadata.getVoicemail())
                .map(Desc::of)
                .filter(desc -> desc.pattern() != null)
                .toList();
        return new RegionNumberPatterns(Desc.of(metadata.getGeneralDesc()), types);
    }

    /** Whether {@code nationalNumber} (digits only, without the country code) is a valid number of the region. */
    boolean valid(String nationalNumber) {
        if (!general.matches(nationalNumber)) {
            return false;
        }
        for (Desc type : types) {
            if (type.matches(nationalNumber)) {
                return true;
            }
        }
        return false;
    }
}
