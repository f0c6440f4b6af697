package com.salesflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Salesflow: sales processes as BPMN diagrams run by an embedded Camunda 7 engine. */
@SpringBootApplication
public class SalesflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SalesflowApplication.class, args);
  }
}
