package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import jp.zairyu.domain.model.account.AgentRegistry;
import jp.zairyu.domain.model.account.AgentRegistryEntry;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.Registrant;

/**
 * Imports the agent registry from CSV ({@code certificate_number,full_name,expiry_date,
 * unit_association,email}, UTF-8, header line). The file is the whole registry: entries it does not
 * list are removed, and the agents holding them lose their standing (they can no longer log in or
 * file); agents it lists keep or regain it, with the certificate's expiry the file gives. All or
 * nothing: one bad line refuses the whole file with the line numbers.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AgentRegistryImport {

  static final String HEADER = "certificate_number,full_name,expiry_date,unit_association,email";
  private static final int MAX_ERRORS = 20;

  @Resource private SessionContext session;
  @Inject private AgentRegistry registry;
  @Inject private PractitionerRepository practitioners;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * What an import did: entries in the file, entries removed (no longer listed), and practitioners
   * whose standing the file ended (their certificate removed) or restored.
   */
  public record Result(
      int entries, int removed, int practitionersRemoved, int practitionersUpdated) {}

  /** Imports the CSV as the whole registry. */
  public Result importCsv(String csv) {
    Instant now = clock.instant();
    List<AgentRegistryEntry> entries = parse(csv, now);
    if (entries.isEmpty()) {
      throw new InvalidInput(
          List.of(
              new FieldProblem(
                  "file",
                  "ファイル",
                  "File",
                  "名簿が1件もありません（取り込むと名簿が空になります）。",
                  "The file lists no agent (importing it would empty the registry).")));
    }
    Set<String> removed = registry.replaceAll(entries);
    List<Practitioner> lapsed = practitioners.holdingCertificates(removed);
    lapsed.forEach(p -> p.removedFromRegistry(now));
    Map<String, AgentRegistryEntry> byNumber = new HashMap<>();
    entries.forEach(e -> byNumber.put(e.certificateNumber(), e));
    List<Practitioner> updated = practitioners.outOfStepWithRegistry();
    updated.forEach(p -> p.listedInRegistry(byNumber.get(p.details().certificateNumber())));
    String officer = session.getCallerPrincipal().getName();
    audit.record(
        officer,
        "AGENT_REGISTRY_IMPORTED",
        null,
        entries.size() + " entries, " + removed.size() + " removed");
    for (Practitioner p : lapsed) {
      audit.record(officer, "PRACTITIONER_REMOVED_FROM_REGISTRY", p.authId(), null);
    }
    return new Result(entries.size(), removed.size(), lapsed.size(), updated.size());
  }

  public long size() {
    return registry.size();
  }

  static List<AgentRegistryEntry> parse(String csv, Instant now) {
    List<AgentRegistryEntry> entries = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(csv == null ? "" : csv))) {
      String header = reader.readLine();
      if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
        throw new InvalidInput(
            List.of(
                new FieldProblem(
                    "file",
                    "ファイル",
                    "File",
                    "1行目は「" + HEADER + "」にしてください。",
                    "The first line must be \"" + HEADER + "\".")));
      }
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null && problems.size() < MAX_ERRORS) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        String problem = null;
        String email = null;
        if (cells.length == 5 && !cells[4].isBlank()) {
          try {
            email = Registrant.email(cells[4]);
          } catch (InvalidInput badMail) {
            email = "";
          }
        }
        if (cells.length != 5) {
          problem = "5列ではありません / does not have 5 columns";
        } else if ("".equals(email)) {
          problem = "メールアドレスの形式が正しくありません / the mail address is not valid";
        } else if (!cells[0].strip().matches("\\d{12}")) {
          problem = "証明書番号が12桁の数字ではありません / certificate number is not 12 digits";
        } else if (cells[1].isBlank() || cells[1].strip().length() > 200) {
          problem = "氏名がありません / name missing or too long";
        } else {
          try {
            entries.add(
                new AgentRegistryEntry(
                    cells[0].strip(),
                    cells[1].strip(),
                    LocalDate.parse(cells[2].strip()),
                    cells[3].isBlank() ? null : cells[3].strip(),
                    email,
                    now));
          } catch (DateTimeParseException e) {
            problem = "有効期限がYYYY-MM-DDではありません / expiry is not YYYY-MM-DD";
          }
        }
        if (problem != null) {
          String[] parts = problem.split(" / ");
          problems.add(
              new FieldProblem(
                  "line" + number, number + "行目", "Line " + number, parts[0], parts[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return entries;
  }
}
