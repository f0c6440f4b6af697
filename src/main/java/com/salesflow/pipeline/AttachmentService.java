package com.salesflow.pipeline;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.UploadedFileType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files added to deals, each of a kind that stage gates can ask for. A file is accepted for what
 * its first bytes show it to be, never for the name or content type the uploader claims.
 */
@Service
@Transactional
public class AttachmentService {

  private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final OpportunityReader opportunities;
  private final OpportunityMapper opportunityRows;
  private final AttachmentMapper attachments;

  AttachmentService(OpportunityReader opportunities, OpportunityMapper opportunityRows,
      AttachmentMapper attachments) {
    this.opportunities = opportunities;
    this.opportunityRows = opportunityRows;
    this.attachments = attachments;
  }

  Attachment add(String opportunityId, String kind, String fileName, byte[] content,
      String uploadedBy) {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new InvalidInputException("kind",
          "must be lower-case letters, digits and dashes, such as purchase-intent-letter");
    }
    UploadedFileType type = UploadedFileType.of("file", content);
    Opportunity opportunity = opportunities.get(opportunityId);
    opportunity.requireOpen();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (opportunityRows.touch(opportunityId, opportunity.version(), now) == 0) {
      throw new ConflictException("Opportunity " + opportunityId + " was changed by someone else");
    }
    int version = attachments.findLatestVersion(opportunityId, kind) + 1;
    Attachment attachment = new Attachment(UUID.randomUUID().toString(), opportunityId, kind,
        version, safeName(fileName), type.mediaType(), content.length, uploadedBy, now);
    attachments.insert(attachment, content);
    return attachment;
  }

  @Transactional(readOnly = true)
  List<Attachment> list(String opportunityId) {
    opportunities.get(opportunityId);
    return attachments.findByOpportunity(opportunityId);
  }

  /** Every version of the deal's attachments of {@code kind}, oldest first. */
  @Transactional(readOnly = true)
  public List<Attachment> versions(String opportunityId, String kind) {
    return attachments.findByOpportunity(opportunityId).stream()
        .filter(a -> a.kind().equals(kind)).toList();
  }

  /** The deal's highest version of {@code kind}, 0 when it has none. */
  @Transactional(readOnly = true)
  public int latestVersion(String opportunityId, String kind) {
    return attachments.findLatestVersion(opportunityId, kind);
  }

  /** Whether a file of {@code kind} was added to the deal at or after {@code since}. */
  @Transactional(readOnly = true)
  public boolean hasAddedSince(String opportunityId, String kind, Instant since) {
    return versions(opportunityId, kind).stream().anyMatch(a -> !a.uploadedAt().isBefore(since));
  }

  @Transactional(readOnly = true)
  StoredFile file(String opportunityId, String attachmentId) {
    return attachments.findFile(opportunityId, attachmentId)
        .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
  }

  private static String safeName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "attachment";
    }
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }
}
