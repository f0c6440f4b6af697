package com.salesflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting lines read from one snapshot of the table, re-read when it is older than REFRESH. */
class OrganisationTest {

  private final Table table = new Table();
  private long now = 1_000;
  private final Organisation organisation = new Organisation(table, () -> now);

  OrganisationTest() {
    table.rows.add(new OrgMember("zhangwei", null, "east-1"));
    table.rows.add(new OrgMember("lilei", "zhangwei", "east-1"));
    table.rows.add(new OrgMember("wangfang", "zhangwei", null));
    table.rows.add(new OrgMember("zhoujing", null, "east-1"));
    table.rows.add(new OrgMember("liufang", "zhoujing", null));
  }

  @Test
  void answersFromTheReportingLines() {
    assertThat(organisation.supervisorOf("lilei")).contains("zhangwei");
    assertThat(organisation.supervisorOf("zhangwei")).isEmpty();
    assertThat(organisation.supervisorOf("nobody")).isEmpty();
    assertThat(organisation.leadsAnyone("zhangwei")).isTrue();
    assertThat(organisation.leadsAnyone("lilei")).isFalse();
    assertThat(organisation.usersLedBy("zhangwei", "east-1"))
        .containsExactly("lilei", "wangfang", "zhangwei", "zhoujing");
    assertThat(organisation.usersLedBy("zhangwei", null)).containsExactly("lilei", "wangfang");
  }

  @Test
  void readsTheTableOnceUntilTheSnapshotIsOlderThanTheRefresh() {
    organisation.member("lilei");
    table.rows.add(new OrgMember("hanmeimei", "zhangwei", "east-1"));
    now += Organisation.REFRESH.toNanos();

    assertThat(organisation.member("hanmeimei")).isEmpty();
    assertThat(organisation.leadsAnyone("lilei")).isFalse();
    assertThat(table.reads).isEqualTo(1);

    now += 1;
    assertThat(organisation.supervisorOf("hanmeimei")).contains("zhangwei");
    assertThat(table.reads).isEqualTo(2);
  }

  @Test
  void seesAMemberItAddsAtOnce() {
    organisation.member("lilei");
    organisation.add(new OrgMember("hanmeimei", "lilei", "east-1"));

    assertThat(organisation.supervisorOf("hanmeimei")).contains("lilei");
    assertThat(organisation.leadsAnyone("lilei")).isTrue();
  }

  private static final class Table implements OrgMemberMapper {

    private final List<OrgMember> rows = new ArrayList<>();
    private int reads;

    @Override
    public void insert(OrgMember member) {
      rows.add(member);
    }

    @Override
    public List<OrgMember> findAll() {
      reads++;
      return List.copyOf(rows);
    }
  }
}
