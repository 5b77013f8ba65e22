package org.dicu.core.record;

/**
 * A record that travels alone between systems: it has an identifier and a logical record type,
 * and refers to other records by identifier, never by Java object.
 */
public interface ExchangeRecord {

  /** The pattern every record and agency identifier follows. */
  String ID_PATTERN = "[A-Za-z0-9._:-]{1,64}";

  /**
   * Returns the identifier of this record, unique within the sending system.
   *
   * @return the identifier: 1 to 64 letters, digits, dots, underscores, colons or hyphens
   */
  String getId();

  /**
   * Returns the logical type of this record, written as {@code recordType} on the wire.
   *
   * @return the record type, not null
   */
  RecordType getRecordType();
}
