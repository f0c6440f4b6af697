package com.salesflow.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeFactsTest {

  private static final LocalDate PROMISED = LocalDate.parse("2027-06-30");

  @Test
  void aCapabilityPlannedBeforeThePromiseIsOnTheRoadmapWithNoDaysLate() {
    ScopeFacts facts = ScopeFacts.of(item("2027-06-01", RoadmapStatus.PLANNED), PROMISED);

    assertThat(facts.onRoadmap()).isTrue();
    assertThat(facts.daysLate()).isEqualTo(-29);
  }

  @Test
  void countsTheDaysThePlannedReleaseFallsAfterThePromise() {
    ScopeFacts facts = ScopeFacts.of(item("2027-07-10", RoadmapStatus.IN_PROGRESS), PROMISED);

    assertThat(facts.onRoadmap()).isTrue();
    assertThat(facts.daysLate()).isEqualTo(10);
    assertThat(facts.plannedRelease()).isEqualTo(LocalDate.parse("2027-07-10"));
  }

  @Test
  void aDroppedOrUnknownCapabilityIsNotOnTheRoadmap() {
    ScopeFacts dropped = ScopeFacts.of(item("2027-06-01", RoadmapStatus.DROPPED), PROMISED);
    ScopeFacts unknown = ScopeFacts.of(Optional.empty(), PROMISED);

    assertThat(dropped.onRoadmap()).isFalse();
    assertThat(dropped.daysLate()).isNull();
    assertThat(dropped.roadmapStatus()).isEqualTo(RoadmapStatus.DROPPED);
    assertThat(unknown.onRoadmap()).isFalse();
    assertThat(unknown.plannedRelease()).isNull();
  }

  private static Optional<RoadmapItem> item(String planned, RoadmapStatus status) {
    return Optional.of(new RoadmapItem("AI 智能报表", LocalDate.parse(planned), status, 0,
        "wangjun", Instant.EPOCH));
  }
}
