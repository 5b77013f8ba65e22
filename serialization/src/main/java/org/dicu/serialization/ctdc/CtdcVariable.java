package org.dicu.serialization.ctdc;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A variable of the CTDC Global Synthetic Dataset (2024 codebook, version 2), in the published
 * column order; the wire code is the column name, such as {@code ageBroad}.
 *
 * <p>Five variables are quasi-identifiers ({@link #isQuasiIdentifier()}): values that, combined,
 * could single a person out, and that the export generalises or suppresses to reach k-anonymity.
 * The other variables are binary ({@code 1} or empty) except {@link #TRAFFICK_MONTHS}. None of the
 * variables is personal data by itself.
 */
public enum CtdcVariable implements Coded {
  /** The year the person was first registered (assisted, identified, referred or reported). */
  YEAR_OF_REGISTRATION("yearOfRegistration", "Year of registration", "Năm đăng ký", Kind.QUASI),
  /** The gender: {@code Man}, {@code Woman} or {@code Trans/Transgender/NonConforming}. */
  GENDER("gender", "Gender", "Giới tính", Kind.QUASI),
  /** The age band on the registration date, such as {@code 9--17}. */
  AGE_BROAD("ageBroad", "Age band at registration", "Nhóm tuổi khi đăng ký", Kind.QUASI),
  /** The first citizenship as an ISO 3166-1 alpha-3 code. */
  CITIZENSHIP("citizenship", "Citizenship", "Quốc tịch", Kind.QUASI),
  /** The country of exploitation as an ISO 3166-1 alpha-3 code. */
  COUNTRY_OF_EXPLOITATION(
      "CountryOfExploitation", "Country of exploitation", "Quốc gia nơi bị bóc lột", Kind.QUASI),
  /** The duration of exploitation in bands of months, such as {@code 13--24 (1-2 yrs)}. */
  TRAFFICK_MONTHS("traffickMonths", "Trafficking duration", "Thời gian bị mua bán", Kind.BANDED),
  /** Means of control: debt bondage and/or withheld wages. */
  MEANS_DEBT_BONDAGE_EARNINGS(
      "meansDebtBondageEarnings",
      "Means: debt bondage and/or withheld wages",
      "Thủ đoạn: gán nợ và/hoặc giữ tiền công",
      Kind.BINARY),
  /** Means of control: threats to the person and/or family. */
  MEANS_THREATS(
      "meansThreats",
      "Means: threats to person and/or family",
      "Thủ đoạn: đe dọa bản thân và/hoặc gia đình",
      Kind.BINARY),
  /** Means of control: psychological, physical or sexual abuse. */
  MEANS_ABUSE_PSY_PHY_SEX(
      "meansAbusePsyPhySex",
      "Means: psychological physical or sexual abuse",
      "Thủ đoạn: bạo lực tinh thần, thể chất hoặc tình dục",
      Kind.BINARY),
  /** Means of control: false promises. */
  MEANS_FALSE_PROMISES(
      "meansFalsePromises", "Means: false promises", "Thủ đoạn: hứa hẹn gian dối", Kind.BINARY),
  /** Means of control: psychoactive substances. */
  MEANS_DRUGS_ALCOHOL(
      "meansDrugsAlcohol",
      "Means: psychoactive substances",
      "Thủ đoạn: chất gây nghiện, chất kích thích",
      Kind.BINARY),
  /** Means of control: restricted finances, movement, medical care or necessities. */
  MEANS_DENY_BASIC_NEEDS(
      "meansDenyBasicNeeds",
      "Means: restricts finance movement medical care or necessities",
      "Thủ đoạn: hạn chế tài chính, đi lại, chăm sóc y tế hoặc nhu yếu phẩm",
      Kind.BINARY),
  /** Means of control: excessive working hours. */
  MEANS_EXCESSIVE_WORK_HOURS(
      "meansExcessiveWorkHours",
      "Means: excessive working hours",
      "Thủ đoạn: bắt làm việc quá thời giờ",
      Kind.BINARY),
  /** Means of control: withheld documents. */
  MEANS_WITHHOLD_DOCS(
      "meansWithholdDocs", "Means: withholds documents", "Thủ đoạn: giữ giấy tờ", Kind.BINARY),
  /** Type of exploitation: forced labour. */
  IS_FORCED_LABOUR(
      "isForcedLabour", "Type: forced labour", "Hình thức: cưỡng bức lao động", Kind.BINARY),
  /** Type of exploitation: sexual exploitation. */
  IS_SEXUAL_EXPLOIT(
      "isSexualExploit", "Type: sexual exploitation", "Hình thức: bóc lột tình dục", Kind.BINARY),
  /** Type of exploitation: any other type. */
  IS_OTHER_EXPLOIT(
      "isOtherExploit", "Type: other exploitation", "Hình thức: bóc lột khác", Kind.BINARY),
  /** Industry of forced labour: agriculture. */
  TYPE_OF_LABOUR_AGRICULTURE(
      "typeOfLabourAgriculture", "Labour: agriculture", "Lao động: nông nghiệp", Kind.BINARY),
  /** Industry of forced labour: construction. */
  TYPE_OF_LABOUR_CONSTRUCTION(
      "typeOfLabourConstruction", "Labour: construction", "Lao động: xây dựng", Kind.BINARY),
  /** Industry of forced labour: domestic work. */
  TYPE_OF_LABOUR_DOMESTIC_WORK(
      "typeOfLabourDomesticWork", "Labour: domestic work", "Lao động: giúp việc gia đình",
      Kind.BINARY),
  /** Industry of forced labour: hospitality. */
  TYPE_OF_LABOUR_HOSPITALITY(
      "typeOfLabourHospitality", "Labour: hospitality", "Lao động: lưu trú và ăn uống",
      Kind.BINARY),
  /** Sexual exploitation: prostitution. */
  TYPE_OF_SEX_PROSTITUTION(
      "typeOfSexProstitution", "Sexual: prostitution", "Tình dục: mại dâm", Kind.BINARY),
  /** Sexual exploitation: pornography. */
  TYPE_OF_SEX_PORNOGRAPHY(
      "typeOfSexPornography", "Sexual: pornography", "Tình dục: nội dung khiêu dâm", Kind.BINARY),
  /** The recruiter was a current or former intimate partner. */
  RECRUITER_RELATION_INTIMATE_PARTNER(
      "recruiterRelationIntimatePartner",
      "Recruiter: intimate partner",
      "Người tuyển mộ: bạn tình, người yêu",
      Kind.BINARY),
  /** The recruiter was a friend or acquaintance. */
  RECRUITER_RELATION_FRIEND(
      "recruiterRelationFriend", "Recruiter: friend", "Người tuyển mộ: bạn bè, người quen",
      Kind.BINARY),
  /** The recruiter was family. */
  RECRUITER_RELATION_FAMILY(
      "recruiterRelationFamily", "Recruiter: family", "Người tuyển mộ: người thân trong gia đình",
      Kind.BINARY),
  /** The recruiter had any other relationship to the person. */
  RECRUITER_RELATION_OTHER(
      "recruiterRelationOther", "Recruiter: other", "Người tuyển mộ: quan hệ khác", Kind.BINARY);

  /** What values a variable takes. */
  private enum Kind {
    QUASI,
    BANDED,
    BINARY
  }

  private final CodeDefinition definition;
  private final Kind kind;

  CtdcVariable(String code, String labelEn, String labelVi, Kind kind) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
    this.kind = kind;
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }

  /**
   * Returns the position of this variable in the published column order, from 1 to 27.
   *
   * @return the column position
   */
  public int getPosition() {
    return ordinal() + 1;
  }

  /**
   * Checks whether this variable is a quasi-identifier, one of the five values that k-anonymity
   * applies to: year of registration, gender, age band, citizenship and country of exploitation.
   *
   * @return true for a quasi-identifier
   */
  public boolean isQuasiIdentifier() {
    return kind == Kind.QUASI;
  }

  /**
   * Checks whether this variable is binary: {@code 1} when observed, empty otherwise, never 0.
   *
   * @return true for a binary variable
   */
  public boolean isBinary() {
    return kind == Kind.BINARY;
  }
}
