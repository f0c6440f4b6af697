package com.salesflow.commitment;

/** Where a commitment's sign-off stands. */
enum CommitmentStatus {
  PENDING,
  APPROVED,
  REJECTED
}
