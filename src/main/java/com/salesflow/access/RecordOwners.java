package com.salesflow.access;

import java.util.Optional;

/**
 * Tells whose record a process business key names, for a capability whose processes use its
 * records' ids as business keys (a deal, a commitment). Lets rules about a process, such as who
 * may read its decision record, follow the record it is about.
 */
public interface RecordOwners {

  /** The owner of the record {@code businessKey} names, or empty when it names none of ours. */
  Optional<String> ownerOf(String businessKey);
}
