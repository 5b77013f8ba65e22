package org.dicu.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command's own texts (headings, summaries, errors) in English or Vietnamese. */
final class CliText {

  private final ResourceBundle bundle;

  private CliText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  static CliText of(Locale locale) {
    Locale bundleLocale = "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    return new CliText(ResourceBundle.getBundle(
        "org.dicu.cli.CliMessages", bundleLocale, CliText.class.getModule()));
  }

  static CliText of(ResourceBundle bundle) {
    return bundle == null ? of(Locale.ENGLISH) : new CliText(bundle);
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }
}
