package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers are split into calling code and national number without libphonenumber's
 * free-text parser: for every text, the answer must be the one of the parser followed by
 * {@code isValidNumber}, as before.
 */
final class PhoneNumberSplitTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  /** The answer as it was: the E.164 pattern, then libphonenumber's parse and isValidNumber. */
  private static boolean parsedAndValid(String text) {
    if (!E164.matcher(text).matches()) {
      return false;
    }
    try {
      return UTIL.isValidNumber(UTIL.parse(text, null));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** Example numbers of every region, every type and every non-geographical calling code. */
  private static List<Phonenumber.PhoneNumber> examples() {
    List<Phonenumber.PhoneNumber> examples = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example != null) {
          examples.add(example);
        }
      }
    }
    for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      examples.add(UTIL.getExampleNumberForNonGeoEntity(code));
    }
    return examples;
  }

  /** Each example in E.164, and near misses: national prefixes put in, digits added or lost. */
  private static Set<String> texts() {
    Set<String> texts = new LinkedHashSet<>();
    Random random = new Random(20261122);
    for (Phonenumber.PhoneNumber example : examples()) {
      String e164 = UTIL.format(example, PhoneNumberFormat.E164);
      String code = "+" + example.getCountryCode();
      String national = e164.substring(code.length());
      String region = UTIL.getRegionCodeForCountryCode(example.getCountryCode());
      String prefix = UTIL.getSupportedRegions().contains(region)
          ? UTIL.getNddPrefixForRegion(region, true) : null;
      texts.add(e164);
      String nationalPrefix = prefix == null ? "" : prefix;
      for (String inserted : new String[] {"0", "00", "1", "8", "9", "15", nationalPrefix}) {
        texts.add(code + inserted + national);
      }
      texts.add(e164.substring(0, e164.length() - 1));
      texts.add(e164 + random.nextInt(10));
      texts.add(e164.substring(0, e164.length() - 1) + random.nextInt(10));
      texts.add(code + national.substring(1));
    }
    return texts;
  }

  @Test
  void shouldJudgeEveryExampleAndNearMissAsTheParserDoes() {
    Set<String> texts = texts();
    int valid = 0;
    for (String text : texts) {
      boolean expected = parsedAndValid(text);
      assertThat(PhoneNumberValidator.isValidE164(text)).as(text).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    // the comparison covers both answers, many times each
    assertThat(valid).isGreaterThan(1_000);
    assertThat(texts.size() - valid).isGreaterThan(1_000);
  }

  @Test
  void shouldJudgeRandomDigitsAfterEveryCallingCodeAsTheParserDoes() {
    Random random = new Random(20261123);
    List<Integer> codes = new ArrayList<>(UTIL.getSupportedCallingCodes());
    for (int i = 0; i < 30_000; i++) {
      StringBuilder text = new StringBuilder("+").append(codes.get(random.nextInt(codes.size())));
      int length = 4 + random.nextInt(12);
      for (int d = 0; d < length; d++) {
        text.append(random.nextInt(10));
      }
      assertThat(PhoneNumberValidator.isValidE164(text.toString())).as(text.toString())
          .isEqualTo(parsedAndValid(text.toString()));
    }
  }

  @Test
  void shouldJudgeTextsWithoutACallingCodeOrNotE164AsTheParserDoes() {
    for (String text : List.of("+2", "+21", "+2123456", "+28012345678", "+999123456789",
        "+0123456789", "+84912345678 ", "+84٩١٢٣٤٥٦٧٨", "+８４912345678", "+84-912-345-678",
        "+84912345678x12", "+849123456789012345")) {
      assertThat(PhoneNumberValidator.isValidE164(text)).as(text)
          .isEqualTo(parsedAndValid(text));
    }
  }
}
