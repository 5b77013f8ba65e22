package org.dicu.serialization.ctdc;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A variable of the CTDC Global Synthetic Dataset (2024 codebook, version 2), in the published
 * column order; the wire code is the column name, such as {@code ageBroad}.
 *
 * <p>Five variables are quasi-identifiers ({@link #isQuasiIdentifier()}): values that, combined,
 * could single a person out, and that the export generalises or suppresses to reach k-anonymity.
 * The other variables are binary ({@code 1} or empty, never 0) except {@link #TRAFFICK_MONTHS}.
 * Each constant says how the export derives it from a trafficking case; names in parentheses are
 * HTCDS codes. None of the variables is personal data by itself: only coded, banded and yearly
 * values are published.
 */
public enum CtdcVariable implements Coded {
  /**
   * The year the person was first registered (assisted, identified, referred or reported): the
   * year of the case's registration date, else of the earliest date of an incoming referral;
   * empty without either.
   */
  YEAR_OF_REGISTRATION("yearOfRegistration", "Year of registration", "Năm đăng ký", Kind.QUASI),
  /**
   * The gender: Feminine is {@code Woman}, Masculine {@code Man}; TransgenderFeminine,
   * TransgenderMasculine and NonConforming are {@code Trans/Transgender/NonConforming};
   * NonSpecifiedUnknown or no gender is empty.
   */
  GENDER("gender", "Gender", "Giới tính", Kind.QUASI),
  /**
   * The band of the age in whole years on the registration date (as for
   * {@link #YEAR_OF_REGISTRATION}), such as {@code 9--17}, band edges inclusive; empty without a
   * registration date or birth date. With a birth date known only to the year or month, the band
   * is given only when every possible age falls in it.
   */
  AGE_BROAD("ageBroad", "Age band at registration", "Nhóm tuổi khi đăng ký", Kind.QUASI),
  /** The first citizenship as an ISO 3166-1 alpha-3 code; empty without a citizenship. */
  CITIZENSHIP("citizenship", "Citizenship", "Quốc tịch", Kind.QUASI),
  /**
   * The country of exploitation as an ISO 3166-1 alpha-3 code: the country of the earliest
   * exploitation event that names one (undated events after dated ones, in list order); empty
   * without one, since the model does not record where the person was first assisted.
   */
  COUNTRY_OF_EXPLOITATION(
      "CountryOfExploitation", "Country of exploitation", "Quốc gia nơi bị bóc lột", Kind.QUASI),
  /**
   * The duration of exploitation: the whole months from the earliest date of an exploitation
   * event to the latest end of one (its end date, or its date when it has none), written
   * {@code 0--12 (0-1 yr)}, {@code 13--24 (1-2 yrs)} or {@code 25+ (2+ yrs)}; empty without a
   * dated exploitation event.
   */
  TRAFFICK_MONTHS("traffickMonths", "Trafficking duration", "Thời gian bị mua bán", Kind.BANDED),
  /** Means of control: debt bondage and/or withheld wages (DebtBondage, TakesEarnings). */
  MEANS_DEBT_BONDAGE_EARNINGS(
      "meansDebtBondageEarnings",
      "Means: debt bondage and/or withheld wages",
      "Thủ đoạn: gán nợ và/hoặc giữ tiền công",
      Kind.BINARY),
  /**
   * Means of control: threats to the person and/or family (PhysicalThreats,
   * ThreatensChildrenFamily, ThreatsLawEnforcement).
   */
  MEANS_THREATS(
      "meansThreats",
      "Means: threats to person and/or family",
      "Thủ đoạn: đe dọa bản thân và/hoặc gia đình",
      Kind.BINARY),
  /**
   * Means of control: psychological, physical or sexual abuse (PsychologicalAbuse, PhysicalAbuse,
   * SexualAbuse).
   */
  MEANS_ABUSE_PSY_PHY_SEX(
      "meansAbusePsyPhySex",
      "Means: psychological physical or sexual abuse",
      "Thủ đoạn: bạo lực tinh thần, thể chất hoặc tình dục",
      Kind.BINARY),
  /** Means of control: false promises (FalsePromises). */
  MEANS_FALSE_PROMISES(
      "meansFalsePromises", "Means: false promises", "Thủ đoạn: hứa hẹn gian dối", Kind.BINARY),
  /** Means of control: psychoactive substances (PsychoactiveSubstance). */
  MEANS_DRUGS_ALCOHOL(
      "meansDrugsAlcohol",
      "Means: psychoactive substances",
      "Thủ đoạn: chất gây nghiện, chất kích thích",
      Kind.BINARY),
  /**
   * Means of control: restricted finances, movement, medical care or necessities
   * (RestrictsFinancialAccess, RestrictsMedicalCare, WithholdsNecessities; the model has no code
   * for restricted movement).
   */
  MEANS_DENY_BASIC_NEEDS(
      "meansDenyBasicNeeds",
      "Means: restricts finance movement medical care or necessities",
      "Thủ đoạn: hạn chế tài chính, đi lại, chăm sóc y tế hoặc nhu yếu phẩm",
      Kind.BINARY),
  /** Means of control: excessive working hours (ExcessiveWorkingHours). */
  MEANS_EXCESSIVE_WORK_HOURS(
      "meansExcessiveWorkHours",
      "Means: excessive working hours",
      "Thủ đoạn: bắt làm việc quá thời giờ",
      Kind.BINARY),
  /**
   * Means of control: withheld documents (WithholdsDocuments). The means {@code Other} has no
   * variable.
   */
  MEANS_WITHHOLD_DOCS(
      "meansWithholdDocs", "Means: withholds documents", "Thủ đoạn: giữ giấy tờ", Kind.BINARY),
  /** Type of exploitation: forced labour (ForcedLabour). */
  IS_FORCED_LABOUR(
      "isForcedLabour", "Type: forced labour", "Hình thức: cưỡng bức lao động", Kind.BINARY),
  /** Type of exploitation: sexual exploitation (SexualExploitation). */
  IS_SEXUAL_EXPLOIT(
      "isSexualExploit", "Type: sexual exploitation", "Hình thức: bóc lột tình dục", Kind.BINARY),
  /**
   * Type of exploitation: any type other than forced labour and sexual exploitation, including
   * dicu's ForcedCriminality extension.
   */
  IS_OTHER_EXPLOIT(
      "isOtherExploit", "Type: other exploitation", "Hình thức: bóc lột khác", Kind.BINARY),
  /**
   * Industry of forced labour: agriculture, for ISIC section A. The codebook counts division 01
   * (crop and animal production) only, but the model records only the section, so forestry (02)
   * and fishing (03) count too.
   */
  TYPE_OF_LABOUR_AGRICULTURE(
      "typeOfLabourAgriculture", "Labour: agriculture", "Lao động: nông nghiệp", Kind.BINARY),
  /** Industry of forced labour: construction, for ISIC section F. */
  TYPE_OF_LABOUR_CONSTRUCTION(
      "typeOfLabourConstruction", "Labour: construction", "Lao động: xây dựng", Kind.BINARY),
  /** Industry of forced labour: domestic work, for ISIC section T (households as employers). */
  TYPE_OF_LABOUR_DOMESTIC_WORK(
      "typeOfLabourDomesticWork", "Labour: domestic work", "Lao động: giúp việc gia đình",
      Kind.BINARY),
  /** Industry of forced labour: hospitality, for ISIC section I (divisions 55 and 56). */
  TYPE_OF_LABOUR_HOSPITALITY(
      "typeOfLabourHospitality", "Labour: hospitality", "Lao động: lưu trú và ăn uống",
      Kind.BINARY),
  /** Sexual exploitation: prostitution (Prostitution). */
  TYPE_OF_SEX_PROSTITUTION(
      "typeOfSexProstitution", "Sexual: prostitution", "Tình dục: mại dâm", Kind.BINARY),
  /**
   * Sexual exploitation: pornography (Pornography). Remote interactive and private sexual
   * services have no variable.
   */
  TYPE_OF_SEX_PORNOGRAPHY(
      "typeOfSexPornography", "Sexual: pornography", "Tình dục: nội dung khiêu dâm", Kind.BINARY),
  /**
   * The recruiter was a current or former intimate partner. Always empty: HTCDS records the
   * relationship to the trafficker as familial, acquainted or unacquainted, with no intimate
   * partner, so no case can say so.
   */
  RECRUITER_RELATION_INTIMATE_PARTNER(
      "recruiterRelationIntimatePartner",
      "Recruiter: intimate partner",
      "Người tuyển mộ: bạn tình, người yêu",
      Kind.BINARY),
  /** The recruiter was a friend or acquaintance: relationship to the trafficker Acquainted. */
  RECRUITER_RELATION_FRIEND(
      "recruiterRelationFriend", "Recruiter: friend", "Người tuyển mộ: bạn bè, người quen",
      Kind.BINARY),
  /** The recruiter was family: relationship to the trafficker Familial. */
  RECRUITER_RELATION_FAMILY(
      "recruiterRelationFamily", "Recruiter: family", "Người tuyển mộ: người thân trong gia đình",
      Kind.BINARY),
  /**
   * The recruiter had any other relationship to the person: relationship to the trafficker
   * Unaquainted.
   */
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
