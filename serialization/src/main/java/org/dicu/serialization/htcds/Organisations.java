package org.dicu.serialization.htcds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;

/**
 * Finds the agency a spreadsheet names: by id, by abbreviation, or by Vietnamese or English name,
 * ignoring case, diacritics and punctuation ("cuc phong chong te nan xa hoi" finds "Cục Phòng,
 * chống tệ nạn xã hội"). Where several agencies fit, the one in force on the date wins.
 */
final class Organisations {

  private final AgencyDirectory directory;
  private final Map<String, List<PartnerAgency>> byName = new HashMap<>();

  Organisations(AgencyDirectory directory) {
    this.directory = directory;
    for (PartnerAgency agency : directory.getAgencies()) {
      add(agency.getNameVi(), agency);
      add(agency.getNameEn(), agency);
    }
  }

  private void add(String name, PartnerAgency agency) {
    String key = Text.fold(name);
    if (!key.isEmpty()) {
      List<PartnerAgency> agencies = byName.computeIfAbsent(key, k -> new ArrayList<>());
      if (!agencies.contains(agency)) {
        agencies.add(agency);
      }
    }
  }

  /**
   * Finds the agency a text names.
   *
   * @param text  the clean text of the cell, not empty
   * @param date  the date of the referral or case, or null when unknown
   * @return the agency's id, or empty when the directory has no such agency
   */
  Optional<String> resolve(String text, LocalDate date) {
    Optional<PartnerAgency> byId = directory.findById(text);
    if (byId.isPresent()) {
      return Optional.of(byId.get().getId());
    }
    List<PartnerAgency> candidates = directory.findByAbbreviation(text);
    if (candidates.isEmpty()) {
      candidates = byName.getOrDefault(Text.fold(text), List.of());
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(candidates.stream()
        .filter(agency -> date != null && agency.isInForceOn(date))
        .findFirst()
        .orElse(candidates.get(0))
        .getId());
  }
}
