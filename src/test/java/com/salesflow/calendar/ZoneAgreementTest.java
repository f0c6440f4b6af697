package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which JVM zones count as the calendar's zone. */
class ZoneAgreementTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void acceptsTheSameZone() {
    assertThat(new ZoneAgreement(SHANGHAI, SHANGHAI).holds()).isTrue();
  }

  @Test
  void acceptsAnAliasWithTheSameRules() {
    assertThat(new ZoneAgreement(ZoneId.of("Asia/Chongqing"), SHANGHAI).holds()).isTrue();
    assertThat(new ZoneAgreement(ZoneId.of("PRC"), SHANGHAI).holds()).isTrue();
  }

  @Test
  void refusesAnotherZoneOrAFixedOffset() {
    assertThat(new ZoneAgreement(ZoneId.of("UTC"), SHANGHAI).holds()).isFalse();
    assertThat(new ZoneAgreement(ZoneId.of("GMT+08:00"), SHANGHAI).holds()).isFalse();
    assertThat(new ZoneAgreement(ZoneId.of("Asia/Singapore"), SHANGHAI).holds()).isFalse();
  }

  @Test
  void namesBothZonesAndTheFix() {
    assertThat(new ZoneAgreement(ZoneId.of("UTC"), SHANGHAI).problem())
        .contains("UTC", "Asia/Shanghai", "-Duser.timezone=Asia/Shanghai");
  }
}
