package org.dicu.core.person;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/** Checks {@link PhoneNumber}: E.164 form and a number libphonenumber knows to be valid. */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;
  /** libphonenumber's region code of the calling codes that belong to no country, such as 800. */
  private static final String NON_GEOGRAPHICAL = "001";
  private static final Object NOT_A_CALLING_CODE = new Object();
  private static final Object NO_NATIONAL_PREFIX = new Object();

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final MetadataSource METADATA =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  /**
   * For each number below 1000: not a calling code, a calling code whose main region has no
   * national prefix, or that prefix: its digits when it is only digits (a matcher for them took
   * a third of checking a number), else its pattern; found on first use.
   */
  private static final AtomicReferenceArray<Object> NATIONAL_PREFIXES =
      new AtomicReferenceArray<>(1000);

  /** Creates the validator; Bean Validation calls this. */
  public PhoneNumberValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValidE164(value);
  }

  /**
   * Checks whether a text is a valid phone number in E.164 form.
   *
   * @param text  the text, may be null
   * @return true if the text is {@code +}, a country code and a number valid for that country
   */
  public static boolean isValidE164(String text) {
    if (text == null || !isE164Shaped(text)) {
      return false;
    }
    Phonenumber.PhoneNumber number = splitWithoutParsing(text);
    try {
      return UTIL.isValidNumber(number != null ? number : UTIL.parse(text, null));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** Whether a text is {@code +} and 7 to 15 ASCII digits, the first not 0. */
  private static boolean isE164Shaped(String text) {
    int digits = text.length() - 1;
    if (digits < MIN_DIGITS || digits > MAX_DIGITS || text.charAt(0) != '+'
        || text.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits an E.164-shaped text into the number libphonenumber's {@code parse} would make of it,
   * without its free-text handling (extensions, punctuation, letters), which took most of the
   * time of checking a number. For {@code +} and digits, {@code parse} takes the shortest 1 to 3
   * digits that are a calling code, keeps the rest as the national number, and then tries to
   * strip the national prefix of the code's main region. That last step, and a national number
   * starting with 0, are left to {@code parse}: the split gives null for them.
   */
  private static Phonenumber.PhoneNumber splitWithoutParsing(String text) {
    for (int end = 2; end <= 4; end++) {
      int code = Integer.parseInt(text, 1, end, 10);
      Object prefix = nationalPrefixOf(code);
      if (prefix != NOT_A_CALLING_CODE) {
        String national = text.substring(end);
        if (national.charAt(0) == '0'
            || prefix instanceof String && national.startsWith((String) prefix)
            || prefix instanceof Pattern && ((Pattern) prefix).matcher(national).lookingAt()) {
          return null;
        }
        return new Phonenumber.PhoneNumber().setCountryCode(code)
            .setNationalNumber(Long.parseLong(national));
      }
    }
    return null;
  }

  private static Object nationalPrefixOf(int code) {
    Object prefix = NATIONAL_PREFIXES.get(code);
    if (prefix == null) {
      prefix = findNationalPrefix(code);
      NATIONAL_PREFIXES.set(code, prefix);
    }
    return prefix;
  }

  private static Object findNationalPrefix(int code) {
    if (!UTIL.getSupportedCallingCodes().contains(code)) {
      return NOT_A_CALLING_CODE;
    }
    String region = UTIL.getRegionCodeForCountryCode(code);
    PhoneMetadata metadata = NON_GEOGRAPHICAL.equals(region)
        ? METADATA.getMetadataForNonGeographicalRegion(code)
        : METADATA.getMetadataForRegion(region);
    String prefix = metadata == null ? "" : metadata.getNationalPrefixForParsing();
    if (prefix.isEmpty()) {
      return NO_NATIONAL_PREFIX;
    }
    return prefix.chars().allMatch(c -> c >= '0' && c <= '9') ? prefix : Pattern.compile(prefix);
  }
}
