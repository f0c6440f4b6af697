package com.salesflow.insight;

import com.salesflow.insight.ProcessHealthReport.StageHealth;
import com.salesflow.insight.ProcessHealthReport.StalledDeal;
import com.salesflow.insight.ProcessHealthReport.Totals;
import com.salesflow.notification.Notice;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Locale;

/** The weekly process-health notice for one team's supervisor: a short Chinese summary. */
final class WeeklyDigest {

  private WeeklyDigest() {}

  static Notice of(ProcessHealthReport report, String team, String supervisor) {
    return new Notice(key(team, report.from()), supervisor,
        "【流程健康周报】" + team + " " + week(report.from()), summary(report, team),
        "/dashboard?team=" + team + "&from=" + report.from() + "&to=" + report.to());
  }

  /** One notice per team and week, whichever node or retried job sends it. */
  static String key(String team, LocalDate monday) {
    return "weekly-health:" + team + ":" + monday;
  }

  static String summary(ProcessHealthReport report, String team) {
    Totals t = report.totals();
    StringBuilder text = new StringBuilder()
        .append(team).append(" 团队 ").append(report.from()).append(" 至 ").append(report.to())
        .append("：阶段流转 ").append(t.exits()).append(" 次，回退率 ")
        .append(percent(t.regressionRate())).append("，赢单 ").append(t.won())
        .append(" 个，丢单 ").append(t.lost()).append(" 个，黄灯 ").append(t.slaYellow())
        .append(" 次，红灯 ").append(t.slaRed()).append(" 次。");
    report.stages().stream()
        .filter(s -> s.avgDwellDays() != null)
        .max(Comparator.comparingDouble(StageHealth::avgDwellDays))
        .ifPresent(s -> text.append("平均停留最长的阶段：").append(s.stageName()).append("（")
            .append(s.avgDwellDays()).append(" 个工作日）。"));
    report.stalled().stream().findFirst().ifPresent(d -> text.append(stalled(d)));
    return text.toString();
  }

  private static String stalled(StalledDeal deal) {
    return "停滞最久的高价值商机：" + deal.customer() + "「" + deal.title() + "」，" + deal.owner()
        + " 负责，在「" + deal.stageName() + "」已 " + deal.workingDaysInStage() + " 个工作日。";
  }

  private static String percent(Double share) {
    return share == null ? "无" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String week(LocalDate monday) {
    return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
