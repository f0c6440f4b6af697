package com.salesflow.insight;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the dashboard page; its script reads the reports API with the browser's login. */
@Controller
class DashboardController {

  @GetMapping("/dashboard")
  String dashboard() {
    return "forward:/dashboard/index.html";
  }
}
