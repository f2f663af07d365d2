package jp.zairyu.it.load;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * {@code POST /zairyu-it/load/submit?name=…} answers {@code id receipt}; {@code POST
 * /zairyu-it/load/floor?payload=…} answers {@code ok}. Deployed by the load and chaos tests only.
 */
@WebServlet("/load/*")
public class LoadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private LoadDriver driver;

  @Resource(lookup = "jdbc/zairyu")
  private DataSource dataSource;

  @Override
  public void init() throws ServletException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists bench_floor (id bigint generated always as identity"
              + " primary key, payload varchar(100) not null)");
      // a practitioner of its own, so that thousands of receipt mails never land in the mailbox
      // other tests read over IMAP
      s.execute(
          "insert into practitioner (auth_id, password_hash, user_kind, full_name, email)"
              + " select '"
              + LoadDriver.AUTH_ID
              + "', password_hash, user_kind, '負荷 試験', '"
              + LoadDriver.EMAIL
              + "' from practitioner where auth_id = 'Z000000001'"
              + " on conflict do nothing");
    } catch (SQLException e) {
      // the database may be away right now (chaos); the floor is not measured then
      log("bench_floor not created: " + e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    String what = request.getPathInfo();
    if ("/submit".equals(what)) {
      response.getWriter().print(driver.submit(request.getParameter("name")));
    } else if ("/crash-while-committing".equals(what)) {
      response
          .getWriter()
          .print(driver.submitRelayAndCrashWhileCommitting(request.getParameter("name")));
    } else if ("/floor".equals(what)) {
      driver.floor(request.getParameter("payload"));
      response.getWriter().print("ok");
    } else {
      response.sendError(404);
    }
  }
}
