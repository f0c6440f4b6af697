package com.salesflow.organisation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reporting lines of the sales organisation, which escalations, notice routing and visibility
 * follow. Every API request, task assignment and SLA firing asks them, and they change a few times
 * a year, so they are read as one snapshot of {@code org_member} and read again once the snapshot
 * is older than {@link #REFRESH}: a change made in the table reaches every node within that time.
 */
@Service
public class Organisation {

  static final Duration REFRESH = Duration.ofSeconds(30);

  private final OrgMemberMapper members;
  private final LongSupplier nanoTime;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  @Autowired
  Organisation(OrgMemberMapper members) {
    this(members, System::nanoTime);
  }

  Organisation(OrgMemberMapper members, LongSupplier nanoTime) {
    this.members = members;
    this.nanoTime = nanoTime;
  }

  /** The direct supervisor of {@code userId}, if the organisation records one. */
  public Optional<String> supervisorOf(String userId) {
    return member(userId).map(OrgMember::supervisorId);
  }

  public Optional<OrgMember> member(String userId) {
    return Optional.ofNullable(snapshot().byUser().get(userId));
  }

  /** Whether anyone reports to {@code userId}, which makes them a supervisor. */
  public boolean leadsAnyone(String userId) {
    return snapshot().supervisors().contains(userId);
  }

  /** Everyone who reports to {@code supervisorId} or is in {@code teamId} (when not null). */
  public List<String> usersLedBy(String supervisorId, String teamId) {
    return snapshot().byUser().values().stream()
        .filter(member -> supervisorId.equals(member.supervisorId())
            || (teamId != null && teamId.equals(member.teamId())))
        .map(OrgMember::userId)
        .sorted()
        .toList();
  }

  /** Records a member; this node sees them at once, or once the caller's transaction commits. */
  void add(OrgMember member) {
    members.insert(member);
    current.set(null);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          current.set(null);
        }
      });
    }
  }

  private Snapshot snapshot() {
    Snapshot snapshot = current.get();
    long now = nanoTime.getAsLong();
    if (snapshot == null || now - snapshot.readAt() > REFRESH.toNanos()) {
      snapshot = Snapshot.of(members.findAll(), now);
      current.set(snapshot);
    }
    return snapshot;
  }

  private record Snapshot(Map<String, OrgMember> byUser, Set<String> supervisors, long readAt) {

    static Snapshot of(List<OrgMember> all, long readAt) {
      return new Snapshot(
          all.stream()
              .collect(Collectors.toUnmodifiableMap(OrgMember::userId, Function.identity())),
          all.stream().map(OrgMember::supervisorId).filter(s -> s != null)
              .collect(Collectors.toUnmodifiableSet()),
          readAt);
    }
  }
}
