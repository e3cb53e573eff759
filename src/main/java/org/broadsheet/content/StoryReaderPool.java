package org.broadsheet.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads, fingerprints and parses story files on a few threads while the caller stores
 * them, handing results back in path order. Only a small window of files is in flight, so
 * memory stays flat however many stories there are; the window is larger than what the
 * caller stores at once, so the readers keep reading while it stores.
 *
 * @param <T> what one file becomes
 */
final class StoryReaderPool<T> implements Iterator<T>, AutoCloseable {

	private static final AtomicInteger runs = new AtomicInteger();

	private final ExecutorService pool;

	private final Iterator<String> paths;

	private final Function<String, T> work;

	private final int window;

	private final Deque<Future<T>> inFlight = new ArrayDeque<>();

	/**
	 * Starts reading.
	 * @param paths the files, in the order their results are handed back
	 * @param threads how many threads read
	 * @param batch how many results the caller takes before it stores them all at once
	 * @param work what one file becomes
	 */
	StoryReaderPool(List<String> paths, int threads, int batch, Function<String, T> work) {
		this.paths = paths.iterator();
		this.work = work;
		this.window = Math.max(threads * 16, 2 * batch);
		this.pool = Executors.newFixedThreadPool(threads, daemonThreads("content-read-" + runs.incrementAndGet()));
		fill();
	}

	/** Two threads on a small machine, at most four. */
	static int defaultThreads() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	@Override
	public boolean hasNext() {
		return !this.inFlight.isEmpty();
	}

	@Override
	public T next() {
		Future<T> head = this.inFlight.poll();
		if (head == null) {
			throw new NoSuchElementException();
		}
		try {
			return head.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading stories", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("reading a story failed", ex.getCause());
		}
		finally {
			fill();
		}
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

	private void fill() {
		while (this.inFlight.size() < this.window && this.paths.hasNext()) {
			String path = this.paths.next();
			this.inFlight.add(this.pool.submit(() -> this.work.apply(path)));
		}
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
