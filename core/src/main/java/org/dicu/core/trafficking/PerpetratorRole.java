package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The part a perpetrator played in the trafficking process (HTCDS 2.0 {@code per_RoleInProcess}).
 *
 * <p>The Vietnamese labels name the acts of trafficking as the Law on Prevention and Combat of
 * Human Trafficking does (recruit, transport, harbour, transfer, receive).
 */
public enum PerpetratorRole implements Coded {
  /** A person who travelled with the victim. */
  TRAVELLING_PARTNER("TravellingPartner", "Travelling Partner", "Người đi cùng"),
  /** A person who transported the victim. */
  TRANSPORTER("Transporter", "Transporter", "Người vận chuyển"),
  /** A person who recruited the victim or acted as intermediary. */
  RECRUITER_OR_INTERMEDIARY(
      "RecruiterOrIntermediary", "Recruiter Or Intermediary", "Người tuyển mộ hoặc môi giới"),
  /** A broker or travel agent. */
  BROKER_TRAVEL_AGENT("BrokerTravelAgent", "Broker Travel Agent", "Người môi giới, đại lý du lịch"),
  /** A person who transferred the victim to others. */
  TRANSFERRED_INDIVIDUAL(
      "TransferredIndividual", "Transferred Individual", "Người chuyển giao nạn nhân"),
  /** A person who harboured the victim. */
  HARBOURED_INDIVIDUAL("HarbouredIndividual", "Harboured Individual", "Người chứa chấp nạn nhân"),
  /** A person who sold the victim. */
  SOLD_INDIVIDUAL("SoldIndividual", "Sold Individual", "Người bán nạn nhân"),
  /** A person who bought the victim. */
  BOUGHT_INDIVIDUAL("BoughtIndividual", "Bought Individual", "Người mua nạn nhân"),
  /** A person who received the victim from others. */
  RECEIVED_INDIVIDUAL("ReceivedIndividual", "Received Individual", "Người tiếp nhận nạn nhân"),
  /** A person who controlled the victim. */
  CONTROLLED_INDIVIDUAL(
      "ControlledIndividual", "Controlled Individual", "Người khống chế nạn nhân"),
  /** A person who smuggled the victim across a border. */
  SMUGGLER("Smuggler", "Smuggler", "Người đưa người di cư trái phép"),
  /** A person who abused the victim. */
  ABUSER("Abuser", "Abuser", "Người ngược đãi, bạo hành"),
  /** A person who kidnapped the victim. */
  KIDNAPPER("Kidnapper", "Kidnapper", "Người bắt cóc"),
  /** A person who exploited the victim. */
  EXPLOITER("Exploiter", "Exploiter", "Người bóc lột"),
  /** Another role. */
  OTHER("Other", "Other", "Khác");

  private final CodeDefinition definition;

  PerpetratorRole(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
