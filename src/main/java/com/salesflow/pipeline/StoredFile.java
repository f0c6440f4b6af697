package com.salesflow.pipeline;

/** An attachment's content, as it is handed out for download. */
record StoredFile(String fileName, String contentType, byte[] content) {}
