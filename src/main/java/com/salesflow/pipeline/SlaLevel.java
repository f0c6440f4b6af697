package com.salesflow.pipeline;

/**
 * How long a deal has been in its stage against the stage's SLA: green until the yellow time, then
 * yellow, then red. Each level also sets the priority of the stage task in Tasklist.
 */
public enum SlaLevel {
  GREEN(50),
  YELLOW(75),
  RED(100);

  private final int taskPriority;

  SlaLevel(int taskPriority) {
    this.taskPriority = taskPriority;
  }

  int taskPriority() {
    return taskPriority;
  }
}
