package jp.zairyu.it.load;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * A resource that takes part in a transaction only to end the server abruptly when the transaction
 * manager starts committing, that is after every resource voted yes in prepare and the decision was
 * logged: {@code Runtime.halt}, no shutdown hooks, like SIGKILL. The real resources are left
 * prepared, in doubt, for recovery to resolve.
 */
final class HaltOnCommit implements XAResource {

  @Override
  public void commit(Xid xid, boolean onePhase) {
    Runtime.getRuntime().halt(137);
  }

  @Override
  public int prepare(Xid xid) {
    return XA_OK;
  }

  @Override
  public void end(Xid xid, int flags) {}

  @Override
  public void forget(Xid xid) {}

  @Override
  public int getTransactionTimeout() {
    return 0;
  }

  @Override
  public boolean isSameRM(XAResource other) {
    return other == this;
  }

  @Override
  public Xid[] recover(int flag) {
    return new Xid[0];
  }

  @Override
  public void rollback(Xid xid) throws XAException {}

  @Override
  public boolean setTransactionTimeout(int seconds) {
    return false;
  }

  @Override
  public void start(Xid xid, int flags) {}
}
