package com.salesflow.commitment;

import static com.salesflow.shared.Validation.requireText;

import com.salesflow.pipeline.DealDirectory;
import com.salesflow.pipeline.DealDirectory.DealSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitting commitments for sign-off, checked against the roadmap as it stands. */
@Service
@Transactional
class CommitmentService {

  private static final Logger log = LoggerFactory.getLogger(CommitmentService.class);
  private static final String OPEN = "OPEN";

  private final CommitmentMapper commitments;
  private final DealDirectory deals;
  private final Roadmap roadmap;
  private final RuntimeService runtime;
  private final ZoneId zone;

  CommitmentService(CommitmentMapper commitments, DealDirectory deals, Roadmap roadmap,
      RuntimeService runtime, @Value("${salesflow.calendar.zone:Asia/Shanghai}") ZoneId zone) {
    this.commitments = commitments;
    this.deals = deals;
    this.roadmap = roadmap;
    this.runtime = runtime;
    this.zone = zone;
  }

  /** Starts the sign-off of a commitment for a deal that {@code caller} owns. */
  Commitment submit(NewCommitment request, String caller) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    NewCommitment valid = request.validated(LocalDate.ofInstant(now, zone));
    DealSummary deal = deals.find(valid.opportunityId())
        .orElseThrow(() -> new NotFoundException("Opportunity", valid.opportunityId()));
    if (!deal.ownerId().equals(caller)) {
      throw new AccessDeniedException("Only the owner of opportunity " + deal.id()
          + " may submit commitments for it");
    }
    if (!OPEN.equals(deal.status())) {
      throw new ConflictException("Opportunity " + deal.id() + " is " + deal.status()
          + "; commitments are made only for open deals");
    }
    ScopeFacts facts = ScopeFacts.of(roadmap.find(valid.capability()), valid.promisedDate());
    Commitment commitment = new Commitment(UUID.randomUUID().toString(), deal.id(),
        deal.customer(), deal.title(), valid.capability(), valid.promisedDate(),
        valid.description(), caller, CommitmentStatus.PENDING, null, facts.plannedRelease(),
        facts.roadmapStatus(), null, now, null, null);
    commitments.insert(commitment);
    String instance = runtime.startProcessInstanceByKey(CommitmentVariables.PROCESS_KEY,
        commitment.id(), variables(commitment, facts)).getId();
    commitments.updateProcess(commitment.id(), instance);
    log.info("Commitment {} of {} to deliver {} by {} submitted by {}", commitment.id(),
        deal.id(), commitment.capability(), commitment.promisedDate(), caller);
    return get(commitment.id());
  }

  @Transactional(readOnly = true)
  Commitment get(String id) {
    return commitments.findById(id).orElseThrow(() -> new NotFoundException("Commitment", id));
  }

  @Transactional(readOnly = true)
  List<Commitment> ofOpportunity(String opportunityId) {
    return commitments.findByOpportunity(requireText("opportunityId", opportunityId, 36));
  }

  private static VariableMap variables(Commitment commitment, ScopeFacts facts) {
    return Variables.createVariables()
        .putValue(CommitmentVariables.REQUESTED_BY, commitment.requestedBy())
        .putValue(CommitmentVariables.CUSTOMER, commitment.customer())
        .putValue(CommitmentVariables.DEAL_TITLE, commitment.dealTitle())
        .putValue(CommitmentVariables.CAPABILITY, commitment.capability())
        .putValue(CommitmentVariables.PROMISED_DATE, commitment.promisedDate().toString())
        .putValue(CommitmentVariables.DESCRIPTION, commitment.description())
        .putValue(CommitmentVariables.PLANNED_RELEASE,
            facts.plannedRelease() == null ? "未列入路线图" : facts.plannedRelease().toString())
        .putValue(CommitmentVariables.ON_ROADMAP, facts.onRoadmap())
        .putValue(CommitmentVariables.DAYS_LATE, facts.daysLate());
  }

  /** A commitment as the rep submits it. */
  record NewCommitment(String opportunityId, String capability, LocalDate promisedDate,
      String description) {

    /** The trimmed request, or a refusal naming every offending field. */
    NewCommitment validated(LocalDate today) {
      List<InvalidInputException.FieldError> errors = new ArrayList<>();
      String opportunity = text("opportunityId", opportunityId, 36, errors);
      String what = text("capability", capability, 200, errors);
      String details = text("description", description, 2000, errors);
      if (promisedDate == null) {
        errors.add(new InvalidInputException.FieldError("promisedDate", "is required"));
      } else if (promisedDate.isBefore(today)) {
        errors.add(new InvalidInputException.FieldError("promisedDate",
            "must not be in the past"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      return new NewCommitment(opportunity, what, promisedDate, details);
    }

    private static String text(String field, String value, int maxLength,
        List<InvalidInputException.FieldError> errors) {
      try {
        return requireText(field, value, maxLength);
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
        return null;
      }
    }
  }
}
