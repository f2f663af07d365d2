package jp.zairyu.application;

/**
 * Port: whether a failure that reached a page was a concurrent change of the same record. Of two
 * transactions that change one record, the later fails on the record's version (optimistic
 * locking), at a flush or at commit, and reaches the page inside an {@code EJBException}. Only the
 * adapter ({@code infrastructure.persistence.OptimisticLockFailures}) knows the JPA provider's own
 * exceptions; pages ask this port and match no exception by name.
 */
public interface ConcurrentChanges {

  /** Whether {@code failure}, or one of its causes, is an optimistic-lock failure. */
  boolean causedBy(Throwable failure);
}
