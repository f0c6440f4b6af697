package com.salesflow.insight;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a report's longest statement on a second connection while the request's own thread runs
 * the others, so that the reader waits for the longest, not for their sum. The database does the
 * same work either way. Two helper threads serve every report; when both are busy the statement
 * runs on the caller's thread, so a burst of reports asks no more of the connection pool than one
 * connection per request plus two.
 *
 * <p>Only a caller outside a transaction gets a second connection: its statements each see what
 * was committed when they began, on any connection. A caller inside one (the weekly report's job)
 * runs the statement itself, so that it sees the transaction's own writes and never waits for a
 * second connection while holding one.
 */
@Component
class SideBySide implements DisposableBean {

  private static final int HELPERS = 2;

  private final ThreadPoolExecutor helpers = new ThreadPoolExecutor(HELPERS, HELPERS, 1,
      TimeUnit.MINUTES, new SynchronousQueue<>(), new CustomizableThreadFactory("report-"),
      new ThreadPoolExecutor.CallerRunsPolicy());

  SideBySide() {
    helpers.allowCoreThreadTimeOut(true);
  }

  /** Starts {@code statement}; {@link Pending#get()} waits for it. */
  <T> Pending<T> start(Supplier<T> statement) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return new Pending<>(CompletableFuture.completedFuture(statement.get()));
    }
    return new Pending<>(CompletableFuture.supplyAsync(statement, helpers));
  }

  @Override
  public void destroy() {
    helpers.shutdownNow();
  }

  /** A statement started by {@link #start}. */
  static final class Pending<T> {

    private final CompletableFuture<T> result;

    private Pending(CompletableFuture<T> result) {
      this.result = result;
    }

    /** Its result, or the exception it failed with, as if it had run on this thread. */
    T get() {
      try {
        return result.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }
}
