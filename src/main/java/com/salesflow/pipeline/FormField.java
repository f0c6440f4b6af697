package com.salesflow.pipeline;

/** A value-holding field of a stage's Camunda Form: its variable name, label and type. */
record FormField(String key, String label, FieldType type) {}
