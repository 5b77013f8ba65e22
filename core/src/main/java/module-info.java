/**
 * dicu core: immutable value types, code lists in English and Vietnamese, reference directories
 * and validation. Free of any JSON library.
 */
@SuppressWarnings("requires-automatic")
module org.dicu.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports org.dicu.core.agency;
  exports org.dicu.core.casework;
  exports org.dicu.core.catalogue;
  exports org.dicu.core.code;
  exports org.dicu.core.gcm;
  exports org.dicu.core.migrant;
  exports org.dicu.core.person;
  exports org.dicu.core.privacy;
  exports org.dicu.core.record;
  exports org.dicu.core.service;
  exports org.dicu.core.trafficking;
  exports org.dicu.core.validation;
}
