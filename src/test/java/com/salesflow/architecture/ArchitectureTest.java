package com.salesflow.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.salesflow.pipeline.DealAccess;
import com.salesflow.pipeline.DealDirectory;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Boundaries between Salesflow's capabilities that the compiler alone does not hold. */
@AnalyzeClasses(packages = "com.salesflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule sharedKernelKnowsNoCapability = noClasses()
      .that().resideInAPackage("com.salesflow.shared..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.pipeline..",
          "com.salesflow.organisation..", "com.salesflow.security..", "com.salesflow.engine..",
          "com.salesflow.calendar..", "com.salesflow.notification..", "com.salesflow.escalation..",
          "com.salesflow.lead..", "com.salesflow.clock..", "com.salesflow.approval..",
          "com.salesflow.web..", "com.salesflow.insight..", "com.salesflow.contract..",
          "com.salesflow.dispatch..", "com.salesflow.commitment..", "com.salesflow.access..");

  @ArchTest
  static final ArchRule pipelineTellsNobodyDirectly = noClasses()
      .that().resideInAPackage("com.salesflow.pipeline..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.notification..",
          "com.salesflow.escalation..", "com.salesflow.lead..");

  /** A stage's entry process is named in the diagram; the pipeline knows no particular one. */
  @ArchTest
  static final ArchRule pipelineKnowsNoEntryProcess = noClasses()
      .that().resideInAPackage("com.salesflow.pipeline..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.contract..",
          "com.salesflow.dispatch..", "com.salesflow.commitment..");

  @ArchTest
  static final ArchRule notificationsKnowNoBusinessEvent = noClasses()
      .that().resideInAPackage("com.salesflow.notification..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.pipeline..",
          "com.salesflow.escalation..", "com.salesflow.lead..");

  @ArchTest
  static final ArchRule calendarStandsAlone = noClasses()
      .that().resideInAPackage("com.salesflow.calendar..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.pipeline..",
          "com.salesflow.notification..", "com.salesflow.escalation..", "com.salesflow.lead..");

  @ArchTest
  static final ArchRule organisationDoesNotDependOnThePipeline = noClasses()
      .that().resideInAPackage("com.salesflow.organisation..")
      .should().dependOnClassesThat().resideInAPackage("com.salesflow.pipeline..");

  // Reports read the deal capability's tables through their own mapper, not its classes.
  @ArchTest
  static final ArchRule insightReadsNoPipelineClasses = noClasses()
      .that().resideInAPackage("com.salesflow.insight..")
      .should().dependOnClassesThat().resideInAPackage("com.salesflow.pipeline..");

  @ArchTest
  static final ArchRule commitmentsSeeDealsOnlyThroughTheDirectory = noClasses()
      .that().resideInAPackage("com.salesflow.commitment..")
      .should().dependOnClassesThat(resideInAPackage("com.salesflow.pipeline..")
          .and(not(belongToAnyOf(DealDirectory.class, DealAccess.class))));

  /** Who may see what is decided from owners and reporting lines, not from any one record. */
  @ArchTest
  static final ArchRule accessKnowsNoCapability = noClasses()
      .that().resideInAPackage("com.salesflow.access..")
      .should().dependOnClassesThat().resideInAnyPackage("com.salesflow.pipeline..",
          "com.salesflow.lead..", "com.salesflow.commitment..", "com.salesflow.dispatch..",
          "com.salesflow.contract..", "com.salesflow.insight..", "com.salesflow.approval..");

  @ArchTest
  static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
