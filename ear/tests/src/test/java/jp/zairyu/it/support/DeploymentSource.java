package jp.zairyu.it.support;

/** An extension that deploys the EAR its test class runs against ({@link DeploymentOrder}). */
public interface DeploymentSource {

  /** The EAR the class runs against. */
  DeployedEar deployment();
}
