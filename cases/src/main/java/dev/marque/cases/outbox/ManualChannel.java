package dev.marque.cases.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Prepares the packet a person files in a platform's web form (such as Alibaba IPP's): one text
 * file per notice with the form's address, the subject and the text to paste. The notice stays
 * {@link OutboxStatus#MANUAL} until the person records SUBMITTED on its cases.
 */
public final class ManualChannel implements Channel {
  private final Path directory;

  private ManualChannel(Path directory) {
    this.directory = directory;
  }

  /**
   * A channel writing packets to a directory (created when absent).
   *
   * @param directory where packets go
   * @return the channel
   */
  public static ManualChannel into(Path directory) {
    return new ManualChannel(Objects.requireNonNull(directory, "directory must not be null"));
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.MANUAL;
  }

  @Override
  public String send(Outgoing outgoing) throws SendException {
    Path file = directory.resolve(outgoing.noticeId().replaceAll("[^A-Za-z0-9._-]", "_")
        + ".packet.txt");
    String text = "File this notice in the web form at " + outgoing.recipient().address()
        + "\nthen record SUBMITTED on its cases: marque case record ID SUBMITTED --note ..."
        + "\n\nNotice: " + outgoing.noticeId() + " (SHA-256 " + outgoing.noticeSha256() + ")"
        + "\nSubject: " + outgoing.subject() + "\n\n" + outgoing.body();
    try {
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, ".packet", ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SendException(SendException.Kind.TRANSIENT, "cannot write the packet " + file
          + ": " + e.getMessage(), "", e);
    }
    return "packet " + file;
  }
}
