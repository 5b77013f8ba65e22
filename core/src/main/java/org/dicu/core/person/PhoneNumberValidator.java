package org.dicu.core.person;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link PhoneNumber}: E.164 form and a number libphonenumber knows to be valid. */
public final class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

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
    if (text == null || !E164.matcher(text).matches()) {
      return false;
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      return util.isValidNumber(util.parse(text, null));
    } catch (NumberParseException e) {
      return false;
    }
  }
}
