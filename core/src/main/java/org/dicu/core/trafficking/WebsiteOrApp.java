package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A website or app through which a victim was recruited or exploited (HTCDS 2.0
 * {@code vic_RecruitmentWebsitesAndApps} and {@code vic_ExploitationWebsitesAndApps}, which share
 * their values).
 *
 * <p>Product names are the same in every language, so their Vietnamese labels repeat the name.
 */
public enum WebsiteOrApp implements Coded {
  /** Facebook. */
  FACEBOOK("Facebook", "Facebook", "Facebook"),
  /** Instagram. */
  INSTAGRAM("Instagram", "Instagram", "Instagram"),
  /** WhatsApp. */
  WHATSAPP("WhatsApp", "WhatsApp", "WhatsApp"),
  /** Telegram. */
  TELEGRAM("Telegram", "Telegram", "Telegram"),
  /** Facebook Messenger. */
  FACEBOOK_MESSENGER("FacebookMessenger", "Facebook Messenger", "Facebook Messenger"),
  /** Viber. */
  VIBER("Viber", "Viber", "Viber"),
  /** Snapchat. */
  SNAPCHAT("SnapChat", "SnapChat", "SnapChat"),
  /** LINE. */
  LINE("Line", "Line", "Line"),
  /** 4Sale, a classified-advertisements app from Kuwait. */
  FOUR_SALE("4Sale", "4Sale", "4Sale"),
  /** WeChat. */
  WECHAT("WeChat", "WeChat", "WeChat"),
  /** QQ. */
  QQ("QQ", "QQ", "QQ"),
  /** Qzone. */
  QZONE("QZone", "QZone", "QZone"),
  /** TikTok. */
  TIKTOK("TikTok", "TikTok", "TikTok"),
  /** Twitter, now named X. */
  TWITTER("Twitter", "Twitter", "Twitter"),
  /** Another website or app. */
  OTHER("Other", "Other", "Khác");

  private final CodeDefinition definition;

  WebsiteOrApp(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
