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
import java.util.List;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import jp.zairyu.domain.model.account.AgentRegistry;
import jp.zairyu.domain.model.account.AgentRegistryEntry;

/**
 * Imports the agent registry from CSV ({@code certificate_number,full_name,expiry_date,
 * unit_association}, UTF-8, header line). All or nothing: one bad line refuses the whole file with
 * the line numbers.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AgentRegistryImport {

  static final String HEADER = "certificate_number,full_name,expiry_date,unit_association";
  private static final int MAX_ERRORS = 20;

  @Resource private SessionContext session;
  @Inject private AgentRegistry registry;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Imports the CSV; returns how many entries it added or replaced. */
  public int importCsv(String csv) {
    Instant now = clock.instant();
    List<AgentRegistryEntry> entries = parse(csv, now);
    registry.put(entries);
    audit.record(
        session.getCallerPrincipal().getName(),
        "AGENT_REGISTRY_IMPORTED",
        null,
        entries.size() + " entries");
    return entries.size();
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
        if (cells.length != 4) {
          problem = "4列ではありません / does not have 4 columns";
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
