package com.salesflow.insight;

/** A team and the supervisor its members report to. */
record TeamSupervisor(String teamId, String supervisorId) {}
