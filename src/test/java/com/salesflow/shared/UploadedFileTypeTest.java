package com.salesflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedFileTypeTest {

  @Test
  void recognisesFilesByTheirFirstBytes() {
    assertThat(UploadedFileType.of("file", utf8("%PDF-1.7 ..."))).isEqualTo(UploadedFileType.PDF);
    assertThat(UploadedFileType.of("file", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
        .isEqualTo(UploadedFileType.JPEG);
    assertThat(UploadedFileType.of("file", new byte[] {'P', 'K', 3, 4, 20}))
        .isEqualTo(UploadedFileType.OFFICE_OPEN_XML);
    assertThat(UploadedFileType.of("file", utf8("客户,金额\n华东机械,4800000\n")))
        .isEqualTo(UploadedFileType.TEXT);
  }

  @Test
  void refusesMarkupAndProgramsWhateverTheyAreCalled() {
    assertThatThrownBy(() -> UploadedFileType.of("file", utf8("<script>alert(1)</script>")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("file");
    assertThatThrownBy(() -> UploadedFileType.of("file", new byte[] {'M', 'Z', (byte) 0x90, 0}))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> UploadedFileType.of("file", new byte[] {0x7f, 'E', 'L', 'F'}))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> UploadedFileType.of("file", new byte[0]))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
