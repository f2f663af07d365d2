package jp.zairyu.application;

/** Port: hands a mail to the mail server. Throws if the server did not accept it. */
public interface MailSender {

  void send(OutgoingMail mail);
}
