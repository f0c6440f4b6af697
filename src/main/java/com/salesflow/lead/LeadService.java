package com.salesflow.lead;

import static com.salesflow.shared.Validation.requireText;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import com.salesflow.pipeline.NewOpportunity;
import com.salesflow.pipeline.OpportunityService;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receiving leads, recording their first contact and turning contacted leads into deals. */
@Service
@Transactional
class LeadService {

  private static final Logger log = LoggerFactory.getLogger(LeadService.class);

  private final LeadMapper leads;
  private final Organisation organisation;
  private final OpportunityService opportunities;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final LeadProperties properties;

  LeadService(LeadMapper leads, Organisation organisation, OpportunityService opportunities,
      RuntimeService runtime, TaskService tasks, LeadProperties properties) {
    this.leads = leads;
    this.organisation = organisation;
    this.opportunities = opportunities;
    this.runtime = runtime;
    this.tasks = tasks;
    this.properties = properties;
  }

  Lead receive(NewLead request, String caller) {
    String owner = request.owner() == null ? caller : requireText("owner", request.owner(), 64);
    OrgMember member = organisation.member(owner).orElseThrow(() ->
        new InvalidInputException("owner", "'" + owner + "' is not in the sales organisation"));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Lead lead = new Lead(UUID.randomUUID().toString(),
        requireText("customer", request.customer(), 200),
        requireText("contact", request.contact(), 200),
        requireText("source", request.source(), 100), owner, member.teamId(), LeadStatus.NEW,
        null, now, now.plus(properties.firstResponseWindow()), null, null, null, 0, now);
    leads.insert(lead);
    String processInstanceId = runtime.startProcessInstanceByKey(LeadVariables.PROCESS_KEY,
        lead.id(), Variables.createVariables()
            .putValue(LeadVariables.OWNER, owner)
            .putValue(LeadVariables.CUSTOMER, lead.customer()))
        .getId();
    leads.updateProcess(lead.id(), processInstanceId);
    log.info("Lead {} from {} received for {}", lead.id(), lead.source(), owner);
    return get(lead.id());
  }

  /** Completes the lead's first-contact task, which records the contact (see LeadFirstResponse). */
  Lead recordFirstContact(String id, String note) {
    Lead lead = get(id);
    lead.requireStatus(LeadStatus.NEW, "recording a first contact");
    Task task = tasks.createTaskQuery().processInstanceId(lead.processInstanceId())
        .taskDefinitionKey(LeadVariables.FIRST_CONTACT_TASK).singleResult();
    if (task == null) {
      throw new ConflictException("Lead " + id + " has no open first-contact task");
    }
    tasks.complete(task.getId(), Map.of(LeadVariables.CONTACT_NOTE,
        requireText("note", note, 2000)));
    return get(id);
  }

  /** Opens a deal for a contacted lead in the chosen pipeline and returns the deal's id. */
  String convert(String id, ConvertRequest request) {
    Lead lead = get(id);
    lead.requireStatus(LeadStatus.CONTACTED, "converting");
    String title = request.title() == null ? lead.customer() : request.title();
    BigDecimal amount = request.amount();
    String opportunityId = opportunities.openFor(
        new NewOpportunity(lead.customer(), title, amount, request.pipeline()), lead.ownerId());
    if (leads.markConverted(id, opportunityId, lead.version(),
        ClockUtil.getCurrentTime().toInstant()) == 0) {
      throw new ConflictException("Lead " + id + " was changed by someone else; reload it");
    }
    log.info("Lead {} converted into opportunity {}", id, opportunityId);
    return opportunityId;
  }

  @Transactional(readOnly = true)
  Lead get(String id) {
    return leads.findById(id).orElseThrow(() -> new NotFoundException("Lead", id));
  }

  /** A lead as it arrives: from a campaign, a trade fair, the website. */
  record NewLead(String customer, String contact, String source, String owner) {}

  /** Which pipeline the lead becomes a deal in, with the deal's title (default: the customer). */
  record ConvertRequest(String pipeline, String title, BigDecimal amount) {}
}
