package com.salesflow.lead;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param firstResponseWindow how long an owner has to contact a new lead before their supervisor
 *     is told; the first-response rate counts a lead as answered in time within the same window
 */
@ConfigurationProperties("salesflow.lead")
record LeadProperties(@DefaultValue("48h") Duration firstResponseWindow) {}
