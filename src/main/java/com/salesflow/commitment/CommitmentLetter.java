package com.salesflow.commitment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.salesflow.approval.ApprovalDecision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders the commitment letter (承诺函) of an approved commitment as a PDF. The Chinese font is
 * the one Salesflow ships in {@code fonts/}, embedded in every letter, so the letter reads the
 * same on any machine and in any viewer.
 */
@Component
class CommitmentLetter {

  private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
  private static final DateTimeFormatter DECIDED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final float BODY = 11;

  private final BaseFont baseFont;
  private final IdentityService identity;
  private final ZoneId zone;

  CommitmentLetter(IdentityService identity,
      @Value("${salesflow.calendar.zone:Asia/Shanghai}") ZoneId zone) {
    this.baseFont = loadFont();
    this.identity = identity;
    this.zone = zone;
  }

  byte[] render(CommitmentView view) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 60, 60, 60, 60);
    try {
      PdfWriter.getInstance(document, pdf);
      document.addTitle("承诺函");
      document.open();
      write(document, view);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render the letter of " + view.commitment().id(), e);
    } finally {
      document.close();
    }
    return pdf.toByteArray();
  }

  private void write(Document document, CommitmentView view) {
    Commitment commitment = view.commitment();
    Paragraph heading = text("承诺函", 20);
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(18);
    document.add(heading);
    document.add(text("致：" + commitment.customer(), BODY));
    document.add(text("就「" + commitment.dealTitle() + "」项目，我公司承诺于 "
        + commitment.promisedDate() + " 前向贵方提供「" + commitment.capability() + "」。", BODY));
    document.add(text("说明：" + commitment.description(), BODY));
    Paragraph approvals = text("审批记录", 13);
    approvals.setSpacingBefore(18);
    approvals.setSpacingAfter(6);
    document.add(approvals);
    document.add(approvers(view));
  }

  private PdfPTable approvers(CommitmentView view) {
    PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 3});
    table.setWidthPercentage(100);
    for (String header : new String[] {"环节", "审批人", "结论", "时间"}) {
      table.addCell(text(header, BODY));
    }
    for (ApprovalDecision decision : view.decisions()) {
      table.addCell(text(decision.taskName(), BODY));
      table.addCell(text(approver(decision), BODY));
      table.addCell(text(label(decision), BODY));
      table.addCell(text(DECIDED_AT.format(decision.decidedAt().atZone(zone)), BODY));
    }
    return table;
  }

  private String approver(ApprovalDecision decision) {
    return decision.onBehalfOf() == null ? nameOf(decision.decidedBy())
        : nameOf(decision.decidedBy()) + "（代 " + nameOf(decision.onBehalfOf()) + "）";
  }

  /** The person's name in Chinese order with their login, such as 王军（wangjun）. */
  private String nameOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String last = user.getLastName() == null ? "" : user.getLastName();
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    return last + first + "（" + userId + "）";
  }

  private static String label(ApprovalDecision decision) {
    return switch (decision.decision()) {
      case APPROVED -> "批准";
      case REJECTED -> "驳回";
      case RETURNED -> "退回";
      case DONE -> "已出具意见";
      case DELEGATED -> "转交 " + decision.delegatedTo();
    };
  }

  /**
   * Latin letters and digits in Helvetica, everything else in the shipped font, which as a
   * fallback font carries no Latin glyphs.
   */
  private Paragraph text(String value, float size) {
    FontSelector fonts = new FontSelector();
    fonts.addFont(new Font(Font.HELVETICA, size));
    fonts.addFont(new Font(baseFont, size));
    return new Paragraph(fonts.process(value));
  }

  /** Only the glyphs a letter uses are embedded in it (a subset), not the whole font. */
  private static BaseFont loadFont() {
    try (InputStream in = CommitmentLetter.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("The letter font " + FONT + " is missing");
      }
      return BaseFont.createFont("DroidSansFallbackFull.ttf", BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the letter font " + FONT, e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot load the letter font " + FONT, e);
    }
  }
}
