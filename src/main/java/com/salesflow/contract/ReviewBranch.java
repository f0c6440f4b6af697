package com.salesflow.contract;

/**
 * The branches of a contract review a deal can wait in; each review task declares its branch with
 * the extension property {@code reviewBranch}.
 */
public enum ReviewBranch {
  /** Legal reads the contract draft. */
  LEGAL_REVIEW,
  /** The rep prepares the electronic signature. */
  SIGNATURE,
  /** The rep revises a contract that legal sent back. */
  REWORK
}
