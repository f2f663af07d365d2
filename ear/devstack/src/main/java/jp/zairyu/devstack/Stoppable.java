package jp.zairyu.devstack;

/**
 * A part of the stack that can be stopped whatever state it is in: not started, half started,
 * running or already stopped.
 */
interface Stoppable {

  void stop();
}
