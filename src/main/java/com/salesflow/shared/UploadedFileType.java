package com.salesflow.shared;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file Salesflow accepts as uploads (contracts, letters, reports, photos), each
 * recognised by its first bytes rather than by the name or content type the browser claims, so a
 * script or program renamed to {@code .pdf} is refused.
 */
public enum UploadedFileType {
  PDF("application/pdf", bytes("%PDF-")),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
  /** Word, Excel and PowerPoint since 2007 (docx, xlsx, pptx): zip containers. */
  OFFICE_OPEN_XML("application/zip", new byte[] {'P', 'K', 3, 4}),
  /** Word, Excel and PowerPoint before 2007 (doc, xls, ppt): compound documents. */
  OFFICE_LEGACY("application/x-ole-storage",
      new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
          (byte) 0xe1}),
  /** Plain UTF-8 text without markup, such as a CSV export or meeting notes. */
  TEXT("text/plain", new byte[0]);

  private final String mediaType;
  private final byte[] signature;

  UploadedFileType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  /** The media type Salesflow stores and serves the file as. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * What {@code content} is, judged by its first bytes, or a refusal naming the field: an empty
   * file, or one that is none of the accepted kinds.
   */
  public static UploadedFileType of(String field, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(field, "is required and must not be empty");
    }
    return recognise(content).orElseThrow(() -> new InvalidInputException(field,
        "is not an accepted kind of file (PDF, PNG, JPEG, Office documents or plain text)"));
  }

  private static Optional<UploadedFileType> recognise(byte[] content) {
    for (UploadedFileType type : values()) {
      if (type != TEXT && startsWith(content, type.signature)) {
        return Optional.of(type);
      }
    }
    return isPlainText(content) ? Optional.of(TEXT) : Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  /** Valid UTF-8 with no control characters but line breaks and tabs, and no markup. */
  private static boolean isPlainText(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    boolean controls = text.chars()
        .anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f);
    return !controls && !text.contains("<");
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}
