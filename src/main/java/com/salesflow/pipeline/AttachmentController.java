package com.salesflow.pipeline;

import com.salesflow.shared.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A deal's files: upload by kind, list, download (always as an attachment, never inline). Whoever
 * may read the deal may add to its files, so that an approver or a team working on the deal can
 * attach their deliverable.
 */
@RestController
@RequestMapping("/api/opportunities/{id}/attachments")
class AttachmentController {

  private final AttachmentService service;
  private final DealAccess access;

  AttachmentController(AttachmentService service, DealAccess access) {
    this.service = service;
    this.access = access;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> add(@PathVariable String id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file, Principal caller) throws IOException {
    access.requireReadable(id);
    if (file == null) {
      throw new InvalidInputException("file", "is required");
    }
    Attachment added = service.add(id, kind, file.getOriginalFilename(), file.getBytes(),
        caller.getName());
    return ResponseEntity.created(
            URI.create("/api/opportunities/" + id + "/attachments/" + added.id()))
        .body(added);
  }

  @GetMapping
  List<Attachment> list(@PathVariable String id) {
    access.requireReadable(id);
    return service.list(id);
  }

  @GetMapping("/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId) {
    access.requireReadable(id);
    StoredFile file = service.file(id, attachmentId);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(file.content());
  }
}
