package com.salesflow.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the calendar's settings. */
@Configuration
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {}
