package org.dicu.serialization.htcds;

/**
 * Where the parts of one row stand in the case made of it: the index of the incoming and of the
 * outgoing referral in the case's referrals, which JSON Pointers need.
 */
final class RowLayout {

  private final boolean incoming;
  private final boolean outgoing;

  RowLayout(boolean incoming, boolean outgoing) {
    this.incoming = incoming;
    this.outgoing = outgoing;
  }

  /** Returns whether the row has an incoming referral. */
  boolean hasIncoming() {
    return incoming;
  }

  /** Returns whether the row has an outgoing referral. */
  boolean hasOutgoing() {
    return outgoing;
  }

  /** Returns the JSON Pointer of a group of the case. */
  String prefix(HtcdsColumn.Group group) {
    switch (group) {
      case PERSON:
        return "/person";
      case ADDRESS:
        return "/person/mailingAddress";
      case VICTIM:
        return "/victim";
      case INCOMING:
        return "/referrals/0";
      case OUTGOING:
        return "/referrals/" + (incoming ? 1 : 0);
      case CONSENT:
        return "/consent";
      case EXPLOITATION:
        return "/events/0";
      default:
        return "";
    }
  }
}
