package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jp.zairyu.application.AgentRegistryImport;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * 申請等取次者名簿の取込: an ADMIN uploads the registry as CSV (UTF-8, at most 5 MB), the whole registry
 * (entries it does not list are removed); all of it is imported or, with the numbers of the bad
 * lines, none of it.
 */
@Named
@ViewScoped
public class RegistryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file accepted. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  @EJB private AgentRegistryImport registry;

  private long entries;
  private transient Part file;

  public void load() {
    entries = registry.size();
  }

  public void upload() {
    try {
      if (file == null || file.getSize() == 0) {
        Messages.error("ファイル：CSVファイルを選んでください。", "File: choose a CSV file.");
        return;
      }
      if (file.getSize() > MAX_BYTES) {
        Messages.error("ファイル：5MB以下のファイルにしてください。", "File: the file must not be larger than 5 MB.");
        return;
      }
      String csv;
      try {
        csv =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content(file)))
                .toString();
      } catch (CharacterCodingException e) {
        Messages.error(
            "ファイル：文字コードをUTF-8にして保存し直してください。",
            "File: the file is not UTF-8; save it as UTF-8 and try again.");
        return;
      }
      try {
        AgentRegistryImport.Result imported = registry.importCsv(csv);
        Messages.status(
            imported.entries()
                + "件を取り込みました（名簿から削除: "
                + imported.removed()
                + "件、ログイン・申請ができなくなった利用者: "
                + imported.practitionersRemoved()
                + "人）。",
            imported.entries()
                + " entries imported ("
                + imported.removed()
                + " removed from the registry; "
                + imported.practitionersRemoved()
                + " users can no longer log in or file).");
      } catch (RuleViolation refused) {
        Messages.error(
            "ファイルを取り込みませんでした。次の行を直してから、もう一度取り込んでください。",
            "Nothing was imported. Correct these lines, then import the file again.");
        Messages.error(refused);
      }
    } finally {
      file = null;
      load();
    }
  }

  private static byte[] content(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public long getEntries() {
    return entries;
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
