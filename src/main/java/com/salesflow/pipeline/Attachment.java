package com.salesflow.pipeline;

import java.time.Instant;

/** A file added to a deal, of a named kind such as {@code purchase-intent-letter}; no content. */
record Attachment(
    String id,
    String opportunityId,
    String kind,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {}
