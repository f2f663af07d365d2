package jp.zairyu.infrastructure.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search trees answer as a plain scan would, at every size, with duplicates and extremes. */
class SearchTreeTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 255, 256, 257, 1000, 40_000})
  void intTree(int size) {
    SplittableRandom random = new SplittableRandom(size);
    int[] keys = new int[size];
    for (int i = 0; i < size; i++) {
      keys[i] = random.nextInt(4) == 0 ? random.nextInt(20) - 10 : random.nextInt();
    }
    if (size > 2) {
      keys[0] = Integer.MIN_VALUE;
      keys[size - 1] = Integer.MAX_VALUE;
    }
    Arrays.sort(keys);
    IntSearchTree tree = new IntSearchTree(keys);
    for (int probe = 0; probe < 2000; probe++) {
      int value =
          switch (probe % 4) {
            case 0 -> random.nextInt();
            case 1 -> size == 0 ? 0 : keys[random.nextInt(size)];
            case 2 -> size == 0 ? 0 : keys[random.nextInt(size)] - 1;
            default -> random.nextInt(30) - 15;
          };
      assertThat(tree.lastAtOrBelow(value)).as("value %d", value).isEqualTo(scan(keys, value));
    }
    assertThat(tree.lastAtOrBelow(Integer.MAX_VALUE)).isEqualTo(size - 1);
    assertThat(tree.lastAtOrBelow(Integer.MIN_VALUE)).isEqualTo(scan(keys, Integer.MIN_VALUE));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 8, 9, 64, 65, 513, 40_000})
  void longTree(int size) {
    SplittableRandom random = new SplittableRandom(size);
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = random.nextInt(4) == 0 ? random.nextInt(20) - 10 : random.nextLong();
    }
    if (size > 2) {
      keys[0] = Long.MIN_VALUE;
      keys[size - 1] = Long.MAX_VALUE;
    }
    Arrays.sort(keys);
    LongSearchTree tree = new LongSearchTree(keys);
    for (int probe = 0; probe < 2000; probe++) {
      long value =
          switch (probe % 3) {
            case 0 -> random.nextLong();
            case 1 -> size == 0 ? 0 : keys[random.nextInt(size)];
            default -> random.nextInt(30) - 15;
          };
      assertThat(tree.lastAtOrBelow(value)).as("value %d", value).isEqualTo(scan(keys, value));
    }
    assertThat(tree.lastAtOrBelow(Long.MAX_VALUE)).isEqualTo(size - 1);
  }

  private static int scan(int[] keys, int value) {
    int last = -1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] <= value) {
        last = i;
      }
    }
    return last;
  }

  private static int scan(long[] keys, long value) {
    int last = -1;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] <= value) {
        last = i;
      }
    }
    return last;
  }
}
