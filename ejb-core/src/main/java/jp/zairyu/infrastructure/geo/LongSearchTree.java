package jp.zairyu.infrastructure.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static B+ tree over sorted {@code long} keys, one cache line (8 keys) per node, stored level by
 * level in plain arrays: finding the last key at or below a value reads one line per level (five
 * for 340,000 keys, the upper ones staying in cache), where a binary search takes some twenty
 * dependent reads (see {@link IntSearchTree}). Level 0 holds the keys; each level above holds the
 * first key of every node of the level below. Nodes are padded with {@link Long.MAX_VALUE}. Does
 * not allocate when searched.
 */
final class LongSearchTree {

  static final int B = 8;

  private final long[][] levels;
  private final int[] sizes;

  /**
   * @param keys ascending (signed order; duplicates allowed)
   */
  LongSearchTree(long[] keys) {
    List<long[]> built = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    long[] level = keys;
    while (true) {
      built.add(padded(level));
      counts.add(level.length);
      if (level.length <= B) {
        break;
      }
      long[] up = new long[(level.length + B - 1) / B];
      for (int node = 0; node < up.length; node++) {
        up[node] = level[node * B];
      }
      level = up;
    }
    levels = built.toArray(long[][]::new);
    sizes = counts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long[] padded(long[] level) {
    long[] padded = Arrays.copyOf(level, Math.max(B, (level.length + B - 1) / B * B));
    Arrays.fill(padded, level.length, padded.length, Long.MAX_VALUE);
    return padded;
  }

  /** The keys, padded (index i is the i-th key for i below {@link #size()}). */
  long[] keys() {
    return levels[0];
  }

  int size() {
    return sizes[0];
  }

  /** The index of the last key at or below {@code value}, or -1 when every key is above it. */
  int lastAtOrBelow(long value) {
    int top = levels.length - 1;
    int index = countAtOrBelow(levels[top], 0, value) - 1;
    if (index < 0) {
      return -1;
    }
    index = Math.min(index, sizes[top] - 1);
    for (int level = top - 1; level >= 0; level--) {
      int base = index * B;
      index = base + countAtOrBelow(levels[level], base, value) - 1;
      index = Math.min(index, sizes[level] - 1);
    }
    return index;
  }

  private static int countAtOrBelow(long[] node, int base, long value) {
    int count = 0;
    for (int i = base; i < base + B; i++) {
      count += node[i] <= value ? 1 : 0;
    }
    return count;
  }
}
