package org.vnsearch.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vnsearch.ingest.InputProblem;

/**
 * Lists the files under the paths a user gives, recursively and in a stable (sorted) order, following symbolic
 * links but never around a loop. Hidden files and folders (".git") are left out. Problems (a missing path, a
 * folder that cannot be read, a link loop) are reported and the walk goes on.
 */
public final class InputWalker {
  private InputWalker() {}

  public static void walk(List<Path> roots, Consumer<Path> files, Consumer<InputProblem> problems) {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        problems.accept(InputProblem.error(root, 0, "no such file or folder"));
        continue;
      }
      walk(root, files, problems, new HashSet<>());
    }
  }

  private static void walk(Path path, Consumer<Path> files, Consumer<InputProblem> problems, Set<Path> ancestors) {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        problems.accept(InputProblem.skipped(path, "broken symbolic link"));
      } else if (Files.isRegularFile(path)) {
        files.accept(path);
      } else {
        problems.accept(InputProblem.skipped(path, "not a regular file"));
      }
      return;
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      problems.accept(InputProblem.error(path, 0, "cannot resolve: " + e.getMessage()));
      return;
    }
    if (!ancestors.add(real)) {
      problems.accept(InputProblem.skipped(path, "symbolic link loop back to " + real));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (Stream<Path> list = Files.list(path)) {
      list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
    } catch (AccessDeniedException e) {
      problems.accept(InputProblem.error(path, 0, "permission denied"));
    } catch (IOException e) {
      problems.accept(InputProblem.error(path, 0, "cannot list folder: " + e.getMessage()));
    }
    for (Path child : children) {
      if (Files.isSymbolicLink(child) && !Files.exists(child, LinkOption.values())) {
        problems.accept(InputProblem.skipped(child, "broken symbolic link"));
        continue;
      }
      walk(child, files, problems, ancestors);
    }
    ancestors.remove(real);
  }
}
