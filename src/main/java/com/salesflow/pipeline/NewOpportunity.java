package com.salesflow.pipeline;

import java.math.BigDecimal;

/** A request to open a deal in a pipeline. */
record NewOpportunity(String customer, String title, BigDecimal amount, String pipeline) {}
