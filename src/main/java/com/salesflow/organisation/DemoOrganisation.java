package com.salesflow.organisation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo sales organisation on a database that has none yet: users with the password
 * {@code demo}, their groups, reporting lines, and a "my tasks" filter for Tasklist. Enabled by
 * {@code salesflow.demo.organisation}, which the embedded default turns on and production leaves off.
 */
@Component
@ConditionalOnProperty(name = "salesflow.demo.organisation", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

  static final String PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private static final List<DemoGroup> GROUPS = List.of(
      new DemoGroup("sales-rep", "销售代表"),
      new DemoGroup("sales-supervisor", "销售主管"),
      new DemoGroup("legal", "法务"),
      new DemoGroup("legal-head", "法务负责人"),
      new DemoGroup("product-director", "产品总监"),
      new DemoGroup("tech-lead", "技术负责人"),
      new DemoGroup("cto", "首席技术官"),
      new DemoGroup("finance", "财务"),
      new DemoGroup("process-owner", "流程负责人"),
      new DemoGroup("camunda-admin", "系统管理员"));

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("demo", "演示", "管理员", null, null, "camunda-admin", "process-owner"),
      new DemoUser("zhangwei", "伟", "张", null, "east-1", "sales-supervisor"),
      new DemoUser("lilei", "雷", "李", "zhangwei", "east-1", "sales-rep"),
      new DemoUser("hanmeimei", "梅梅", "韩", "zhangwei", "east-1", "sales-rep"),
      new DemoUser("zhoujing", "静", "周", null, null, "legal", "legal-head"),
      new DemoUser("liufang", "芳", "刘", "zhoujing", null, "legal"),
      new DemoUser("wangjun", "军", "王", null, null, "product-director"),
      new DemoUser("chentao", "涛", "陈", null, null, "tech-lead"),
      new DemoUser("zhaoming", "明", "赵", null, null, "cto"),
      new DemoUser("sunli", "丽", "孙", null, null, "finance"));

  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;
  private final Organisation organisation;

  DemoOrganisation(IdentityService identity, FilterService filters, TaskService tasks,
      Organisation organisation) {
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
    this.organisation = organisation;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (identity.createUserQuery().userId("demo").count() > 0) {
      return;
    }
    GROUPS.forEach(this::createGroup);
    USERS.forEach(this::createUser);
    createMyTasksFilter();
    log.info("Demo organisation created: {} users, password '{}'", USERS.size(), PASSWORD);
  }

  private void createGroup(DemoGroup demo) {
    Group group = identity.newGroup(demo.id());
    group.setName(demo.name());
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  private void createUser(DemoUser demo) {
    User user = identity.newUser(demo.id());
    user.setFirstName(demo.firstName());
    user.setLastName(demo.lastName());
    user.setPassword(PASSWORD);
    user.setEmail(demo.id() + "@salesflow.example");
    identity.saveUser(user);
    for (String group : demo.groups()) {
      identity.createMembership(demo.id(), group);
    }
    organisation.add(new OrgMember(demo.id(), demo.supervisor(), demo.team()));
  }

  private void createMyTasksFilter() {
    Filter filter = filters.newTaskFilter("我的任务")
        .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
        .setOwner(null);
    filter.setProperties(Map.<String, Object>of("priority", -10, "description", "分配给我的任务"));
    filters.saveFilter(filter);
  }

  private record DemoGroup(String id, String name) {}

  private record DemoUser(String id, String firstName, String lastName, String supervisor,
      String team, String... groups) {}
}
