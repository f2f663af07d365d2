package jp.zairyu.infrastructure.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static B+ tree over sorted {@code int} keys, one cache line (16 keys) per node, stored level by
 * level in plain arrays: finding the last key at or below a value reads one line per level (five
 * for 340,000 keys, the upper ones staying in cache), where a binary search takes some twenty
 * dependent reads. Level 0 holds the keys; each level above holds the first key of every node of
 * the level below. Nodes are padded with {@link Integer#MAX_VALUE}. Does not allocate when
 * searched.
 */
final class IntSearchTree {

  static final int B = 16;

  private final int[][] levels;
  private final int[] sizes;

  /**
   * @param keys ascending (signed order; duplicates allowed)
   */
  IntSearchTree(int[] keys) {
    List<int[]> built = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    int[] level = keys;
    while (true) {
      built.add(padded(level));
      counts.add(level.length);
      if (level.length <= B) {
        break;
      }
      int[] up = new int[(level.length + B - 1) / B];
      for (int node = 0; node < up.length; node++) {
        up[node] = level[node * B];
      }
      level = up;
    }
    levels = built.toArray(int[][]::new);
    sizes = counts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] padded(int[] level) {
    int[] padded = Arrays.copyOf(level, Math.max(B, (level.length + B - 1) / B * B));
    Arrays.fill(padded, level.length, padded.length, Integer.MAX_VALUE);
    return padded;
  }

  /** The keys, padded (index i is the i-th key for i below {@link #size()}). */
  int[] keys() {
    return levels[0];
  }

  int size() {
    return sizes[0];
  }

  /** The index of the last key at or below {@code value}, or -1 when every key is above it. */
  int lastAtOrBelow(int value) {
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

  private static int countAtOrBelow(int[] node, int base, int value) {
    int count = 0;
    for (int i = base; i < base + B; i++) {
      count += node[i] <= value ? 1 : 0;
    }
    return count;
  }
}
