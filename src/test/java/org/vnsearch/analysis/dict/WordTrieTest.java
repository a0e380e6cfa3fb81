package org.vnsearch.analysis.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTrieTest {
  /** Random words over a small alphabet, so that some nodes have one child and others dozens (scan and halving). */
  private static Map<List<Integer>, Float> randomWords(Random random) {
    Map<List<Integer>, Float> words = new HashMap<>();
    for (int w = 0; w < 3000; w++) {
      int length = 2 + random.nextInt(3);
      Integer[] ids = new Integer[length];
      ids[0] = random.nextInt(5); // few first syllables: their nodes get many children
      for (int i = 1; i < length; i++) {
        ids[i] = random.nextInt(200);
      }
      words.put(List.of(ids), (float) random.nextInt(1000));
    }
    return words;
  }

  @Test
  void findsEveryWordAndNothingElseBeforeAndAfterARoundTrip() throws IOException {
    Random random = new Random(42);
    Map<List<Integer>, Float> words = randomWords(random);
    WordTrie.Builder builder = new WordTrie.Builder();
    words.forEach((ids, cost) -> builder.add(ids.stream().mapToInt(Integer::intValue).toArray(), cost));
    WordTrie built = builder.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    built.write(new DataOutputStream(bytes));
    WordTrie read = WordTrie.read(ByteBuffer.wrap(bytes.toByteArray()));

    for (WordTrie trie : List.of(built, read)) {
      words.forEach((ids, cost) -> assertEquals(cost, lookup(trie, ids), ids.toString()));
      int absent = 0;
      for (int t = 0; t < 20000; t++) {
        List<Integer> probe = List.of(random.nextInt(7), random.nextInt(210), random.nextInt(210));
        List<Integer> prefix = probe.subList(0, 2);
        assertEquals(words.containsKey(prefix) ? words.get(prefix) : Float.NaN, lookup(trie, prefix), prefix.toString());
        if (!words.containsKey(probe)) {
          assertEquals(Float.NaN, lookup(trie, probe), probe.toString());
          absent++;
        }
      }
      assertTrue(absent > 1000, "probes that are no word: " + absent);
    }
  }

  /** The cost of the word, NaN when the ids are no word (a missing edge or a node where no word ends). */
  private static float lookup(WordTrie trie, List<Integer> ids) {
    int node = 0;
    for (int id : ids) {
      node = trie.child(node, id);
      if (node < 0) {
        return Float.NaN;
      }
    }
    return trie.cost(node);
  }
}
