package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Where or through what a victim was recruited (HTCDS 2.0 {@code vic_MethodOfRecruitment}). */
public enum RecruitmentMethod implements Coded {
  /** At a shop, bar, karaoke or other place of business. */
  AT_A_PLACE_OF_BUSINESS("AtAPlaceOfBusiness", "At a place of business", "Tại cơ sở kinh doanh"),
  /** At a school, college or university. */
  AT_AN_EDUCATIONAL_INSTITUTION(
      "AtAnEducationalInstitution", "At an educational institution", "Tại cơ sở giáo dục"),
  /** At the victim's workplace. */
  AT_WORK("AtWork", "At work", "Tại nơi làm việc"),
  /** Through online social networks. */
  THROUGH_ONLINE_SOCIAL_NETWORKS(
      "ThroughOnlineSocialNetworks", "Through online social networks", "Qua mạng xã hội"),
  /** Through an online advertisement, such as a job offer. */
  THROUGH_AN_ONLINE_ADVERTISEMENT(
      "ThroughAnOnlineAdvertisement",
      "Through an online advertisement",
      "Qua quảng cáo trực tuyến"),
  /** Through a television advertisement. */
  THROUGH_A_TELEVISION_ADVERT(
      "ThroughATelevisionAdvert", "Through a television advert", "Qua quảng cáo trên truyền hình"),
  /** Through a newspaper advertisement. */
  THROUGH_A_NEWSPAPER_ADVERT(
      "ThroughANewspaperAdvert", "Through a newspaper advert", "Qua quảng cáo trên báo in"),
  /** Through family members or family events. */
  THROUGH_FAMILY_OR_FAMILY_EVENTS(
      "ThroughFamilyOrFamilyEvents",
      "Through family or family events",
      "Qua gia đình hoặc các dịp sinh hoạt gia đình"),
  /** Through friends or social events. */
  THROUGH_FRIENDS_OR_SOCIAL_EVENTS(
      "ThroughFriendsOrSocialEvents",
      "Through friends or social events",
      "Qua bạn bè hoặc các hoạt động giao lưu xã hội"),
  /** Another method. */
  OTHER("Other", "Other", "Khác");

  private final CodeDefinition definition;

  RecruitmentMethod(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
