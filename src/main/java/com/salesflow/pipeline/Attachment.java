package com.salesflow.pipeline;

import java.time.Instant;

/**
 * A file added to a deal, of a named kind such as {@code purchase-intent-letter}; no content. Files
 * of one kind are never replaced: each upload is the next {@code version} of that kind, from 1.
 */
public record Attachment(
    String id,
    String opportunityId,
    String kind,
    int version,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {}
