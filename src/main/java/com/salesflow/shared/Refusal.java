package com.salesflow.shared;

/**
 * Marks an exception that refuses what someone asked for, with a message written for them: a stage
 * gate that is not met, a date the working-day calendar does not know. The engine hands such an
 * exception on as itself instead of wrapping it, so every interface can answer it as a refusal.
 */
public interface Refusal {}
