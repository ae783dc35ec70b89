package dev.ecslint.core.terraform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Results computed once per run and shared by the threads that ask for them: the first asker computes, the
 * others wait for its result. Only the most recently used are kept, so memory stays flat however many
 * files a run has (a walk asks for one directory's results one file after another).
 */
public final class RecentResults<K, V> {

    private final int capacity;
    private final Map<K, FutureTask<V>> recent;

    public RecentResults(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > RecentResults.this.capacity;
            }
        };
    }

    /** The result for {@code key}, computed now unless this run computed it already (or is computing it). */
    public V get(K key, Callable<V> compute) {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (this) {
            task = recent.get(key);
            if (task == null) {
                task = new FutureTask<>(compute);
                mine = true;
                if (capacity > 0) {
                    recent.put(key, task);
                }
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            // the computation's own failure, for the caller to handle as if it had computed it itself
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops a result that is too large to keep. */
    public synchronized void forget(K key) {
        recent.remove(key);
    }
}
