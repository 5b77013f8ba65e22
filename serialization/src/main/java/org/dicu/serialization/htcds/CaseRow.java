package org.dicu.serialization.htcds;

import java.time.LocalDate;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ImmutableReferral;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.code.Country;
import org.dicu.core.person.Address;
import org.dicu.core.person.ImmutableAddress;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.VictimContext;

/**
 * The values read from the cells of one row, gathered until the case is built. Parts of the case
 * (address, victim context, referrals) exist once a cell of theirs is not empty.
 */
final class CaseRow {

  String id;
  CaseStatus status;
  String caseOwner;
  String reasonForCaseClosure;
  LocalDate registrationDate;
  Consent consent;
  Country exploitationCountry;
  final ImmutablePerson.Builder person = Person.builder();
  private ImmutableAddress.Builder address;
  private ImmutableVictimContext.Builder victim;
  private ReferralDraft incoming;
  private ReferralDraft outgoing;

  /** Creates the part of the case a column belongs to, so that it exists even if the cell is bad. */
  void touch(HtcdsColumn.Group group) {
    switch (group) {
      case ADDRESS:
        address();
        break;
      case VICTIM:
        victim();
        break;
      case INCOMING:
        incoming();
        break;
      case OUTGOING:
        outgoing();
        break;
      default:
        break;
    }
  }

  ImmutableAddress.Builder address() {
    if (address == null) {
      address = Address.builder();
    }
    return address;
  }

  ImmutableVictimContext.Builder victim() {
    if (victim == null) {
      victim = VictimContext.builder();
    }
    return victim;
  }

  ReferralDraft incoming() {
    if (incoming == null) {
      incoming = new ReferralDraft(ReferralDirection.INCOMING);
    }
    return incoming;
  }

  ReferralDraft outgoing() {
    if (outgoing == null) {
      outgoing = new ReferralDraft(ReferralDirection.OUTGOING);
    }
    return outgoing;
  }

  boolean hasAddress() {
    return address != null;
  }

  boolean hasVictim() {
    return victim != null;
  }

  ReferralDraft incomingOrNull() {
    return incoming;
  }

  ReferralDraft outgoingOrNull() {
    return outgoing;
  }

  /** A referral being read: its builder, and the organisation and date until it is resolved. */
  static final class ReferralDraft {
    final ImmutableReferral.Builder builder;
    final ReferralDirection direction;
    String organisation;
    LocalDate date;

    ReferralDraft(ReferralDirection direction) {
      this.direction = direction;
      this.builder = Referral.builder().direction(direction);
    }
  }
}
