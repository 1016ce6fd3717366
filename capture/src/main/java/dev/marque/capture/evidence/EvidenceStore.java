package dev.marque.capture.evidence;

import dev.marque.capture.internal.AtomicFiles;
import dev.marque.capture.internal.EvidenceJson;
import dev.marque.capture.internal.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Evidence kept on the local file system, content-addressed by SHA-256 and written atomically.
 * Thread-safe: writes of the same content are idempotent.
 *
 * <p>Layout: {@code pages/ab/<sha256>} holds a page's exact bytes, named by their SHA-256;
 * {@code records/cd/<id>.json} holds an {@link Evidence} record, named by the SHA-256 of its own
 * JSON. Each file is written to a temporary file in its directory, forced to disk and renamed, so a
 * crash never leaves half a record. Reading a record back re-hashes both files: a changed,
 * truncated or missing file is reported as a {@link TamperedEvidenceException}.
 *
 * <pre>{@code
 * EvidenceStore store = EvidenceStore.open(Path.of("evidence"));
 * StoredEvidence stored = store.put(evidence, page.body());
 * Evidence again = store.read(stored.id());   // verified
 * }</pre>
 */
public final class EvidenceStore {
  private static final String PAGES = "pages";
  private static final String RECORDS = "records";
  private static final String JSON = ".json";

  private final Path root;

  private EvidenceStore(Path root) {
    this.root = root;
  }

  /**
   * Opens the store in {@code directory}, creating it when it does not exist.
   *
   * @param directory the store's directory
   * @return the store
   * @throws IOException when the directory cannot be created or read
   */
  public static EvidenceStore open(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory must not be null");
    Files.createDirectories(directory.resolve(PAGES));
    Files.createDirectories(directory.resolve(RECORDS));
    return new EvidenceStore(directory);
  }

  /** {@return the store's directory} */
  public Path directory() {
    return root;
  }

  /**
   * Stores a page's bytes and its record.
   *
   * @param page the page's exact bytes
   * @param evidence the page's record
   * @return the record as stored, with its id
   * @throws IllegalArgumentException when the bytes do not match the record's hash or length
   * @throws IOException when the files cannot be written
   */
  public StoredEvidence put(Evidence evidence, byte[] page) throws IOException {
    Objects.requireNonNull(evidence, "evidence must not be null");
    Objects.requireNonNull(page, "page must not be null");
    String pageHash = Hashes.sha256Hex(page);
    if (!pageHash.equals(evidence.sha256()) || page.length != evidence.byteLength()) {
      throw new IllegalArgumentException("page bytes (" + page.length + " bytes, sha256 "
          + pageHash + ") do not match the evidence record (" + evidence.byteLength()
          + " bytes, sha256 " + evidence.sha256() + ")");
    }
    Path pageFile = pageFile(pageHash);
    if (!intact(pageFile, pageHash)) {
      AtomicFiles.write(pageFile, page);
    }
    byte[] json = EvidenceJson.write(evidence);
    String id = Hashes.sha256Hex(json);
    Path recordFile = recordFile(id);
    if (!intact(recordFile, id)) {
      AtomicFiles.write(recordFile, json);
    }
    return new StoredEvidence(id, recordFile, pageFile, evidence);
  }

  /**
   * Reads a record and verifies it and its page against their hashes.
   *
   * @param id the record's id, 64 lower-case hex digits
   * @return the record and its page, verified
   * @throws TamperedEvidenceException when the record or its page was changed or removed
   * @throws NoSuchFileException when there is no record with this id
   * @throws IllegalArgumentException when the id is not 64 lower-case hex digits
   */
  public StoredEvidence read(String id) throws IOException {
    checkId(id, "id");
    Path recordFile = recordFile(id);
    byte[] json = Files.readAllBytes(recordFile);
    String actual = Hashes.sha256Hex(json);
    if (!actual.equals(id)) {
      throw new TamperedEvidenceException(recordFile, "record was changed after it was written:"
          + " its SHA-256 is " + actual + ", not " + id);
    }
    Evidence evidence;
    try {
      evidence = EvidenceJson.read(json);
    } catch (IllegalArgumentException e) {
      throw new TamperedEvidenceException(recordFile, "record is not an evidence record: "
          + e.getMessage());
    }
    Path pageFile = pageFile(evidence.sha256());
    readPage(evidence.sha256());
    return new StoredEvidence(id, recordFile, pageFile, evidence);
  }

  /**
   * {@return the exact bytes of a stored page, verified against their SHA-256}
   *
   * @param sha256 the SHA-256 of the page's bytes, 64 lower-case hex digits
   * @throws TamperedEvidenceException when the page was changed or removed
   */
  public byte[] readPage(String sha256) throws IOException {
    checkId(sha256, "sha256");
    Path file = pageFile(sha256);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new TamperedEvidenceException(file, "page is missing");
    }
    String actual = Hashes.sha256Hex(bytes);
    if (!actual.equals(sha256)) {
      throw new TamperedEvidenceException(file, "page was changed after it was written: its"
          + " SHA-256 is " + actual + ", not " + sha256);
    }
    return bytes;
  }

  /**
   * {@return the ids of every stored record, sorted; temporary files of interrupted writes are
   * skipped}
   *
   * @throws IOException when the directory cannot be listed
   */
  public List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve(RECORDS), 2)) {
      files.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(JSON) && !name.startsWith(AtomicFiles.TEMP_PREFIX))
          .map(name -> name.substring(0, name.length() - JSON.length()))
          .filter(Evidence::isSha256)
          .forEach(ids::add);
    }
    ids.sort(null);
    return ids;
  }

  private Path pageFile(String sha256) {
    return root.resolve(PAGES).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private Path recordFile(String id) {
    return root.resolve(RECORDS).resolve(id.substring(0, 2)).resolve(id + JSON);
  }

  private static boolean intact(Path file, String sha256) throws IOException {
    return Files.isRegularFile(file) && Hashes.sha256Hex(Files.readAllBytes(file)).equals(sha256);
  }

  private static void checkId(String id, String name) {
    Objects.requireNonNull(id, name + " must not be null");
    if (!Evidence.isSha256(id)) {
      throw new IllegalArgumentException(name + " must be 64 lower-case hex digits: '" + id + "'");
    }
  }
}
