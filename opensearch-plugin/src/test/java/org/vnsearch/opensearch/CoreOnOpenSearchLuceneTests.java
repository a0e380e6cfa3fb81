package org.vnsearch.opensearch;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.util.Version;
import org.opensearch.test.OpenSearchTestCase;
import org.vnsearch.analysis.VietnameseAnalyzer;

/**
 * The core module is compiled against a newer Lucene than the one OpenSearch ships; the plugin runs it on
 * OpenSearch's. This reads the constant pool of every class of the core jar and checks that each Lucene class,
 * method and field it references exists, with the same signature, in the Lucene on this class path (OpenSearch's):
 * a method added in a later Lucene would otherwise fail only when called.
 */
public class CoreOnOpenSearchLuceneTests extends OpenSearchTestCase {

  public void testEveryLuceneReferenceOfTheCoreResolves() throws Exception {
    List<String> problems = new ArrayList<>();
    int classes = 0;
    Set<String> checked = new TreeSet<>();
    for (byte[] classFile : coreClasses()) {
      classes++;
      for (String ref : luceneReferences(classFile)) {
        if (checked.add(ref)) {
          String problem = check(ref);
          if (problem != null) {
            problems.add(problem);
          }
        }
      }
    }
    assertTrue("core classes found: " + classes, classes > 50);
    assertTrue("Lucene references found: " + checked.size(), checked.size() > 200);
    assertEquals("on Lucene " + Version.LATEST + ": " + String.join("\n", problems), List.of(), problems);
  }

  /** The class files of the core jar (or classes folder). */
  private static List<byte[]> coreClasses() throws IOException, URISyntaxException {
    Path location = Path.of(VietnameseAnalyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          out.add(Files.readAllBytes(p));
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(location.toFile())) {
        for (ZipEntry e : zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
          try (InputStream in = zip.getInputStream(e)) {
            out.add(in.readAllBytes());
          }
        }
      }
    }
    return out;
  }

  /**
   * "C owner", "M owner name descriptor" and "F owner name descriptor" for every org/apache/lucene class, method
   * and field in the constant pool of a class file (JVMS 4.4).
   */
  static List<String> luceneReferences(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    int[] tags = new int[count];
    String[] utf8 = new String[count];
    int[] first = new int[count];
    int[] second = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort(); // Class, String, MethodType, Module, Package
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // takes two slots
        }
        case 9, 10, 11, 12, 17, 18 -> { // refs, NameAndType, Dynamic, InvokeDynamic
          first[i] = in.readUnsignedShort();
          second[i] = in.readUnsignedShort();
        }
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    List<String> refs = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      if (tags[i] == 7 && utf8[first[i]].startsWith("org/apache/lucene/")) {
        refs.add("C " + utf8[first[i]]);
      } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
        String owner = utf8[first[first[i]]];
        if (owner.startsWith("org/apache/lucene/")) {
          int nameAndType = second[i];
          refs.add((tags[i] == 9 ? "F " : "M ") + owner + " " + utf8[first[nameAndType]] + " " + utf8[second[nameAndType]]);
        }
      }
    }
    return refs;
  }

  /** Null when the reference resolves on this class path, else what is wrong. */
  private static String check(String ref) {
    String[] parts = ref.split(" ");
    ClassLoader loader = CoreOnOpenSearchLuceneTests.class.getClassLoader();
    try {
      Class<?> owner = Class.forName(parts[1].replace('/', '.'), false, loader);
      if (parts[0].equals("C")) {
        return null;
      }
      String name = parts[2];
      String descriptor = parts[3];
      if (parts[0].equals("F")) {
        Class<?> type = MethodType.fromMethodDescriptorString("()" + descriptor, loader).returnType();
        for (Class<?> c : hierarchy(owner)) {
          for (Field f : c.getDeclaredFields()) {
            if (f.getName().equals(name) && f.getType() == type) {
              return null;
            }
          }
        }
        return "missing field " + ref;
      }
      MethodType type = MethodType.fromMethodDescriptorString(descriptor, loader);
      if (name.equals("<init>")) {
        return Arrays.stream(owner.getDeclaredConstructors())
                .anyMatch(c -> Arrays.equals(c.getParameterTypes(), type.parameterArray()))
            ? null
            : "missing constructor " + ref;
      }
      for (Class<?> c : hierarchy(owner)) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(name)
              && m.getReturnType() == type.returnType()
              && Arrays.equals(m.getParameterTypes(), type.parameterArray())) {
            return null;
          }
        }
      }
      return "missing method " + ref;
    } catch (ClassNotFoundException | TypeNotPresentException | LinkageError e) {
      return "unresolvable " + ref + ": " + e;
    }
  }

  /** The class, its superclasses and all their interfaces (and Object, for interface methods). */
  private static List<Class<?>> hierarchy(Class<?> c) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(c, Object.class));
    while (!todo.isEmpty()) {
      Class<?> k = todo.pop();
      if (out.contains(k)) {
        continue;
      }
      out.add(k);
      if (k.getSuperclass() != null) {
        todo.add(k.getSuperclass());
      }
      todo.addAll(List.of(k.getInterfaces()));
    }
    return out;
  }
}
