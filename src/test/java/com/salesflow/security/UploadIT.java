package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads are judged by what they are: a page or a program renamed to {@code .pdf}, or a file over
 * the size limit, is refused naming the file, and the deal keeps only what it had.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadIT {

  @LocalServerPort
  int port;

  ApiClient rep;
  String deal;

  @BeforeEach
  void openDeal() {
    rep = ApiClient.as(port, "lilei");
    deal = new Deals(rep).open(Deals.INDUSTRIAL, 1_000_000).path("id").asText();
  }

  @Test
  void refusesMarkupDisguisedAsAPdf() {
    Reply refused = upload("letter.pdf", "<html><script>alert(1)</script></html>"
        .getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo("file");
    assertThat(attachments()).isZero();
  }

  @Test
  void refusesAProgramDisguisedAsAPdf() {
    Reply refused = upload("letter.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(attachments()).isZero();
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    byte[] large = new byte[21 * 1024 * 1024];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);

    Reply refused = upload("large.pdf", large);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(attachments()).isZero();
  }

  @Test
  void storesARealPdfAsAPdfWhateverTheUploaderClaims() {
    Reply added = upload("letter.bin", "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII));

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.body().path("contentType").asText()).isEqualTo("application/pdf");
  }

  private Reply upload(String fileName, byte[] content) {
    return rep.upload("/api/opportunities/" + deal + "/attachments", "purchase-intent-letter",
        fileName, content);
  }

  private int attachments() {
    return rep.get("/api/opportunities/" + deal + "/attachments").body().size();
  }
}
