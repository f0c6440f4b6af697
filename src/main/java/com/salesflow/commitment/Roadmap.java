package com.salesflow.commitment;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product roadmap that commitments are checked against. Each item carries a version, so two
 * people editing the same capability cannot silently overwrite each other.
 */
@Service
@Transactional
class Roadmap {

  private static final Logger log = LoggerFactory.getLogger(Roadmap.class);

  private final RoadmapMapper items;

  Roadmap(RoadmapMapper items) {
    this.items = items;
  }

  @Transactional(readOnly = true)
  List<RoadmapItem> all() {
    return items.findAll();
  }

  @Transactional(readOnly = true)
  Optional<RoadmapItem> find(String capability) {
    return items.findByCapability(capability);
  }

  @Transactional(readOnly = true)
  RoadmapItem get(String capability) {
    return find(capability).orElseThrow(() -> new NotFoundException("Roadmap item", capability));
  }

  /**
   * Plans {@code capability}, creating the item when it is new.
   *
   * @param expectedVersion the version the editor saw, or null to take the current one
   */
  RoadmapItem plan(String capability, LocalDate plannedRelease, RoadmapStatus status,
      Integer expectedVersion, String by) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    RoadmapItem item = new RoadmapItem(capability, plannedRelease, status, 0, by, now);
    Optional<RoadmapItem> current = items.findByCapability(capability);
    if (current.isEmpty()) {
      create(item, expectedVersion);
    } else {
      int expected = expectedVersion == null ? current.get().version() : expectedVersion;
      if (items.update(item, expected) == 0) {
        throw stale(capability);
      }
    }
    log.info("Roadmap item {} planned for {} as {} by {}", capability, plannedRelease, status, by);
    return get(capability);
  }

  private void create(RoadmapItem item, Integer expectedVersion) {
    if (expectedVersion != null) {
      throw new ConflictException("Roadmap item " + item.capability()
          + " no longer exists; reload the roadmap");
    }
    try {
      items.insert(item);
    } catch (DuplicateKeyException e) {
      throw stale(item.capability());
    }
  }

  private static ConflictException stale(String capability) {
    return new ConflictException("Roadmap item " + capability
        + " was changed by someone else; reload it and apply your change again");
  }
}
