package com.salesflow.pipeline;

import java.math.BigDecimal;

/** A request to open a deal in a pipeline. */
public record NewOpportunity(String customer, String title, BigDecimal amount, String pipeline) {}
