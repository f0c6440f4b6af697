package com.salesflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On H2, gives the engine's variable table an index on (execution, task). The engine reads an
 * execution's variables with {@code EXECUTION_ID_ = ? and TASK_ID_ is null}; H2 answers that from
 * the index on {@code TASK_ID_} alone, where every process variable is null, so each read went
 * through every running deal's variables: reading a deal, completing a stage and firing an SLA
 * timer grew slower with the number of open deals. MySQL and MariaDB use the execution index and
 * need nothing. Created after the engine has created its tables, which Flyway runs before.
 */
@Component
class H2VariableIndex extends AbstractProcessEnginePlugin {

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"h2".equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_VARIABLE";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists SF_IDX_VARIABLE_EXECUTION on " + table
          + " (EXECUTION_ID_, TASK_ID_)");
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not index " + table + " by execution on H2", e);
    }
  }
}
